package dev.rosie.launch.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rosie.core.ManualClock;
import dev.rosie.core.command.CommandId;
import dev.rosie.core.command.Source;
import dev.rosie.core.command.Trust;
import dev.rosie.core.world.CleaningOutcome;
import dev.rosie.core.world.CleaningRun;
import dev.rosie.worldmodel.map.RosieMapLoader;
import dev.rosie.worldmodel.store.SqliteWorldModel;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class AskCommandTest {
    /** Sunday 1 March 2026, 09:35 in Berlin. */
    private static final String NOW = "2026-03-01T08:35:00Z";

    @TempDir
    Path data;

    private CliRun ask(String question) {
        return CliRun.of("ask", question, "--data", data.toString(), "--zone", "Europe/Berlin", "--now", NOW);
    }

    /** A kitchen cleaning that ended at 09:10 Berlin time, written straight into the data directory's world. */
    private void kitchenCleanedAt0910() {
        ManualClock clock = new ManualClock(Instant.parse(NOW));
        try (SqliteWorldModel world = SqliteWorldModel.open(data, new RosieMapLoader(clock).referenceApartment(), clock)) {
            Instant start = Instant.parse("2026-03-01T08:00:00Z");
            world.recordCleaning(new CleaningRun(new CommandId("c-1"), "kitchen", Source.cli("alex", Trust.OWNER), start,
                    start.plus(Duration.ofMinutes(10)), CleaningOutcome.COMPLETED, Set.of()));
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"when was the kitchen last cleaned?", "when did you last clean the kitchen", "Rosie, when was the last time you cleaned the kitchen?"})
    void should_answer_when_a_room_was_last_cleaned_in_local_time(String question) {
        kitchenCleanedAt0910();

        CliRun run = ask(question);

        assertThat(run.exitCode()).as(run.err()).isEqualTo(ExitCodes.DONE);
        assertThat(run.out()).isEqualTo("I last cleaned the kitchen today at 09:10 (25 minutes ago), covering 0% of its floor.\n");
    }

    @Test
    void should_list_the_rooms_not_cleaned_today() {
        kitchenCleanedAt0910();

        CliRun run = ask("which rooms haven't been cleaned today?");

        assertThat(run.exitCode()).isEqualTo(ExitCodes.DONE);
        assertThat(run.out().strip()).isEqualTo("Not cleaned yet today (Sunday 1 March): hallway, living room, bedroom, nursery, "
                + "bathroom, office and balcony. Cleaned: kitchen (09:10).");
    }

    @Test
    void should_say_where_things_and_people_are() {
        assertThat(ask("where is the sock?").out().strip()).isEqualTo("The sock is in the bedroom, at (3.0, 8.8) m, according to the map.");
        assertThat(ask("where's miso").out()).startsWith("I haven't seen miso myself; the map puts miso in the bedroom");
    }

    @Test
    void should_say_what_it_did_after_a_real_command() {
        CliRun said = CliRun.of("say", "clean the bathroom", "--data", data.toString());
        assertThat(said.exitCode()).as(said.out() + said.err()).isEqualTo(ExitCodes.DONE);

        CliRun when = CliRun.of("ask", "when was the bathroom last cleaned?", "--data", data.toString());
        assertThat(when.exitCode()).isEqualTo(ExitCodes.DONE);
        assertThat(when.out()).startsWith("I last cleaned the bathroom ").containsPattern("covering \\d+% of its floor");

        CliRun day = CliRun.of("ask", "what did you do today?", "--data", data.toString());
        assertThat(day.out()).containsPattern("I cleaned the bathroom \\(\\d\\d:\\d\\d-\\d\\d:\\d\\d\\); I had 1 command\\.");
    }

    @Test
    void should_list_the_questions_it_understands_when_it_does_not_understand() {
        CliRun run = ask("what is the meaning of life?");

        assertThat(run.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(run.out()).isEmpty();
        assertThat(run.err().strip()).isEqualTo("rosie: I can't answer \"what is the meaning of life?\" from memory; I understand "
                + "questions like: when was the kitchen last cleaned? / which rooms haven't been cleaned today? / where is the sock? / "
                + "what did you do yesterday?");
    }

    @Test
    void should_refuse_unknown_rooms_things_and_zones_in_one_line() {
        CliRun room = ask("when was the garage last cleaned?");
        assertThat(room.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(room.err()).startsWith("rosie: I don't know a room called 'garage'; the rooms are hallway, ").doesNotContain("\n\n");

        CliRun thing = ask("where is the remote?");
        assertThat(thing.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(thing.err()).contains("I don't know where 'remote' is");

        CliRun zone = CliRun.of("ask", "where is the sock?", "--data", data.toString(), "--zone", "Mars/Olympus");
        assertThat(zone.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(zone.err()).contains("unknown time zone 'Mars/Olympus'");
    }

    @ParameterizedTest
    @ValueSource(strings = {"When is nobody home?", "when does alex leave?", "where is sam?", "Is anyone home right now?"})
    void should_refuse_a_guest_asking_about_the_routine_naming_the_rule(String question) {
        for (String who : new String[] {"guest", "operator", "untrusted"}) {
            CliRun run = CliRun.of("ask", question, "--as", who, "--data", data.toString(), "--zone", "Europe/Berlin",
                    "--now", NOW);
            assertThat(run.exitCode()).as(question + " as " + who).isEqualTo(ExitCodes.REFUSED);
            assertThat(run.err()).contains("private-routine");
            assertThat(run.out()).isEmpty();
        }
    }

    @Test
    void should_answer_a_guest_what_is_not_private_and_the_owner_everything() {
        kitchenCleanedAt0910();
        assertThat(CliRun.of("ask", "where is the sock?", "--as", "guest", "--data", data.toString(),
                "--zone", "Europe/Berlin", "--now", NOW).exitCode()).isEqualTo(ExitCodes.DONE);
        CliRun log = CliRun.of("ask", "when was the kitchen last cleaned?", "--as", "guest", "--data", data.toString(),
                "--zone", "Europe/Berlin", "--now", NOW);
        assertThat(log.exitCode()).as("the robot's log follows the household's days").isEqualTo(ExitCodes.REFUSED);
        assertThat(log.err()).contains("private-routine").doesNotContain("09:10");
        assertThat(CliRun.of("ask", "when was the kitchen last cleaned?", "--as", "owner", "--data", data.toString(),
                "--zone", "Europe/Berlin", "--now", NOW).exitCode()).isEqualTo(ExitCodes.DONE);
        CliRun owner = CliRun.of("ask", "where is sam?", "--as", "owner", "--data", data.toString(), "--zone",
                "Europe/Berlin", "--now", NOW);
        assertThat(owner.exitCode()).as(owner.err()).isEqualTo(ExitCodes.DONE);
    }

    @Test
    void should_name_an_unknown_trust_level() {
        CliRun run = CliRun.of("ask", "where is sam?", "--as", "landlord", "--data", data.toString());
        assertThat(run.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(run.err()).contains("landlord");
    }
}
