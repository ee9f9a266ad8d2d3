package dev.rosie.launch.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The demo end to end, from the shipped recording through Vosk to the cleaning log: needs the model. */
class DemoCommandIT {
    @TempDir
    static Path data;

    private static CliRun demo;

    @BeforeAll
    static void runDemo() {
        demo = CliRun.of("demo", "--data", data.toString());
    }

    @Test
    void should_exit_zero_and_tell_the_whole_story() {
        assertThat(demo.exitCode()).as(demo.err()).isZero();
        assertThat(demo.out())
                .contains("alex (owner) says: \"Rosie, clean the living room\" (recording demo/rosie-clean-the-living-room.wav")
                .contains("Vosk heard: \"rosie clean the living room\" (home grammar")
                .contains("(that is exactly what alex said)")
                .contains("command c-1").contains("from voice/alex (owner): \"clean the living room\"")
                .contains("command c-")
                .contains("plan (rule-based planner): clean_area:living room -> dock")
                .contains("safety guard: APPROVED (policy reference-apartment v1)")
                .contains("step 1: clean_area:living room")
                .contains("cleaning log: living room completed")
                .contains("result: done")
                .contains("Report:")
                .contains("world.db");
    }

    @Test
    void should_politely_refuse_the_repeat_saying_when_it_cleaned() {
        String repeat = demo.out().substring(demo.out().indexOf("[2]"));
        assertThat(repeat)
                .contains("safety guard: REFUSED, rule cleaning-cooldown")
                .contains("I cleaned the living room 1 minute ago, at ")
                .doesNotContain("step 1:");
    }

    @Test
    void should_write_a_json_report_with_both_turns() throws Exception {
        JsonNode report = new ObjectMapper().readTree(data.resolve("demo").resolve("report.json").toFile());
        assertThat(report.get("turns")).hasSize(2);
        JsonNode first = report.get("turns").get(0);
        assertThat(first.get("outcome").asText()).isEqualTo("done");
        assertThat(first.at("/command/source/trust").asText()).isEqualTo("owner");
        assertThat(first.at("/input/channel").asText()).isEqualTo("voice");
        assertThat(first.at("/input/audio").asText()).isEqualTo("demo/rosie-clean-the-living-room.wav");
        assertThat(first.at("/input/transcript").asText()).isEqualTo("rosie clean the living room");
        assertThat(first.at("/verdict/decision").asText()).isEqualTo("approved");
        assertThat(first.at("/execution/cleaning/0/room").asText()).isEqualTo("living room");
        assertThat(first.at("/execution/cleaning/0/cells_cleaned").asInt()).isPositive();
        JsonNode second = report.get("turns").get(1);
        assertThat(second.get("outcome").asText()).isEqualTo("refused");
        assertThat(second.at("/verdict/rule").asText()).isEqualTo("cleaning-cooldown");
    }

    @Test
    void should_keep_its_data_in_the_data_directory() {
        assertThat(data.resolve("demo").resolve("world.db")).exists();
        assertThat(Files.exists(Path.of("demo"))).isFalse();
    }

    @Test
    void should_tell_the_same_story_when_run_again() {
        CliRun again = CliRun.of("demo", "--data", data.toString());
        assertThat(again.exitCode()).isZero();
        assertThat(again.out()).contains("APPROVED").contains("REFUSED, rule cleaning-cooldown");
    }
}
