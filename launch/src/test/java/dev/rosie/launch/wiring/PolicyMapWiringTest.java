package dev.rosie.launch.wiring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.rosie.core.InvalidInputException;
import dev.rosie.planner.rules.RuleBasedPlanner;
import dev.rosie.safety.PolicyLoader;
import dev.rosie.safety.PolicyMapCheck;
import dev.rosie.worldmodel.map.LoadedMap;
import dev.rosie.worldmodel.map.RosieMapLoader;
import dev.rosie.worldmodel.store.InstalledMaps;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The guard is only built over a map its policy was written for: the policy's door and object names
 * are checked against the map actually in use (--map, the imported one, or the reference apartment),
 * and the error says which file to fix.
 */
class PolicyMapWiringTest {
    private static final Instant NOW = Instant.parse("2026-03-02T09:00:00Z");

    @TempDir
    Path tmp;

    private static String resource(ClassLoader loader, String name) throws IOException {
        try (InputStream in = loader.getResourceAsStream(name)) {
            assertThat(in).as(name).isNotNull();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    /** The reference policy with {@code front door} misspelt as {@code front-door}. */
    private Path typoPolicy() throws IOException {
        String reference = resource(PolicyLoader.class.getClassLoader(), PolicyLoader.REFERENCE.substring(1));
        assertThat(reference).contains("  front door: []");
        return Files.writeString(tmp.resolve("policy.yaml"), reference.replace("  front door: []", "  front-door: []"));
    }

    /** The reference apartment in Rosie's format, with its front door called {@code entrance} instead. */
    private Path renamedMap() throws IOException {
        String map = resource(RosieMapLoader.class.getClassLoader(), RosieMapLoader.REFERENCE_APARTMENT);
        assertThat(map).contains("{name: front door,");
        return Files.writeString(tmp.resolve("home.yaml"), map.replace("{name: front door,", "{name: entrance,")
                .replace("name: reference apartment", "name: our flat"));
    }

    private Robot open(Settings settings) {
        return new RobotFactory(settings, ZoneOffset.UTC).open(NOW, TurnListener.silent());
    }

    @Test
    void should_accept_the_shipped_policy_when_checked_against_the_reference_apartment_as_worldmodel_loads_it() {
        LoadedMap apartment = new RosieMapLoader(Clock.fixed(NOW, ZoneOffset.UTC)).referenceApartment();

        assertThat(PolicyMapCheck.mismatches(new PolicyLoader().loadReference(), apartment.map())).isEmpty();
    }

    @Test
    void should_refuse_to_start_when_the_policy_file_names_a_door_the_reference_apartment_lacks() throws IOException {
        Path policy = typoPolicy();
        Settings settings = new Settings(tmp.resolve("data"), Optional.empty(), Optional.of(policy));

        assertThatThrownBy(() -> open(settings))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageStartingWith(policy + ": doors.front-door: no door called 'front-door' in the map;"
                        + " doors: [front door, balcony door, nursery door, bathroom door] (did you mean 'front door'?).")
                .hasMessageEndingWith("Fix the policy " + policy + ": it guards the map 'reference apartment' (built in),"
                        + " which cannot change.");
    }

    @Test
    void should_refuse_to_start_when_an_imported_map_lacks_a_door_of_the_built_in_policy_naming_the_imported_file()
            throws IOException {
        Path data = tmp.resolve("data");
        Path home = renamedMap();
        new InstalledMaps(data, Clock.fixed(NOW, ZoneOffset.UTC)).install(home, Optional.empty());

        assertThatThrownBy(() -> open(new Settings(data, Optional.empty(), Optional.empty())))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageStartingWith("the built-in reference policy (/policy/reference-policy.yaml): doors.front door:"
                        + " no door called 'front door' in the map; doors: [entrance, balcony door, nursery door, bathroom door].")
                .hasMessageContaining("the map 'our flat' (imported from " + home.toAbsolutePath().normalize()
                        + "; after editing, run rosie map import again) is another home")
                .hasMessageContaining("give this home its own policy");
    }

    @Test
    void should_refuse_to_start_when_a_map_given_with_map_and_a_policy_file_disagree_naming_both_files()
            throws IOException {
        Path home = renamedMap();
        Path policy = Files.writeString(tmp.resolve("ours.yaml"), resource(PolicyLoader.class.getClassLoader(),
                PolicyLoader.REFERENCE.substring(1)));

        assertThatThrownBy(() -> open(new Settings(tmp.resolve("data"), Optional.of(home), Optional.of(policy))))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageStartingWith(policy + ": doors.front door: no door called 'front door' in the map;")
                .hasMessageEndingWith("The policy and the map disagree: fix the map 'our flat' (" + home + ") if the home's"
                        + " door is missing or named differently there, or the policy " + policy + " if 'front door' is"
                        + " misspelt there.");
    }

    @Test
    void should_refuse_to_assemble_a_robot_when_the_policy_names_a_door_its_map_lacks() throws IOException {
        LoadedMap home = new RosieMapLoader(Clock.fixed(NOW, ZoneOffset.UTC)).load(renamedMap());

        assertThatThrownBy(() -> RobotFactory.assemble(RobotSpec.of(tmp.resolve("world"), home,
                new PolicyLoader().loadReference(), new RuleBasedPlanner(), NOW, ZoneOffset.UTC, TurnListener.silent())))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageStartingWith("policy 'reference-apartment v1': doors.front door: no door called 'front door'");
        assertThat(tmp.resolve("world")).as("nothing was opened").doesNotExist();
    }

    @Test
    void should_open_a_robot_when_a_policy_file_and_a_map_file_agree() throws Exception {
        Path home = renamedMap();
        String reference = resource(PolicyLoader.class.getClassLoader(), PolicyLoader.REFERENCE.substring(1));
        Path policy = Files.writeString(tmp.resolve("ours.yaml"), reference.replace("  front door: []", "  Entrance: []"));

        try (Robot robot = open(new Settings(tmp.resolve("data"), Optional.of(home), Optional.of(policy),
                PlannerChoice.RULES))) {
            assertThat(robot.world().snapshot().map().door("entrance")).isPresent();
        }
    }
}
