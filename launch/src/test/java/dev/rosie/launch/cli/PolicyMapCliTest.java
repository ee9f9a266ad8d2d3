package dev.rosie.launch.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rosie.safety.PolicyLoader;
import dev.rosie.worldmodel.map.RosieMapLoader;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * On the command line, a policy naming a door the map in use lacks stops the command before anything
 * runs, in one line that names the policy file, the field, the unknown name and the map's doors.
 */
class PolicyMapCliTest {
    @TempDir
    Path tmp;

    private static String resource(ClassLoader loader, String name) throws IOException {
        try (InputStream in = loader.getResourceAsStream(name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private Path typoPolicy() throws IOException {
        String reference = resource(PolicyLoader.class.getClassLoader(), PolicyLoader.REFERENCE.substring(1));
        return Files.writeString(tmp.resolve("policy.yaml"), reference.replace("  front door: []", "  front-door: []"));
    }

    @Test
    void should_reject_say_when_the_policy_names_a_door_the_map_lacks() throws IOException {
        Path policy = typoPolicy();

        CliRun run = CliRun.of("say", "clean the kitchen", "--data", tmp.resolve("d").toString(), "--policy", policy.toString());

        assertThat(run.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(run.err()).contains(policy + ": doors.front-door: no door called 'front-door' in the map")
                .contains("[front door, balcony door, nursery door, bathroom door]").contains("Fix the policy " + policy)
                .doesNotContain("\tat ");
    }

    @Test
    void should_reject_a_mission_run_when_its_map_file_lacks_a_door_of_the_built_in_policy() throws IOException {
        String map = resource(RosieMapLoader.class.getClassLoader(), RosieMapLoader.REFERENCE_APARTMENT);
        Files.writeString(tmp.resolve("home.yaml"), map.replace("{name: front door,", "{name: entrance,"));
        Path mission = Files.writeString(tmp.resolve("m.yaml"), """
                name: elsewhere
                world: {map: home.yaml}
                timeline:
                  - at: 0s
                    say: {text: "clean the kitchen", as: owner}
                """);

        CliRun run = CliRun.of("run", "--mission", mission.toString(), "--data", tmp.resolve("d").toString(), "--planner", "rules");

        assertThat(run.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(run.err()).contains("the built-in reference policy").contains("doors.front door: no door called 'front door'")
                .contains("doors: [entrance, balcony door, nursery door, bathroom door]")
                .contains("(world.map of " + mission + ")").contains("give this home its own policy");
        assertThat(tmp.resolve("d").resolve("missions")).as("no mission ran").doesNotExist();
    }
}
