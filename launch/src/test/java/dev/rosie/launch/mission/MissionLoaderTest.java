package dev.rosie.launch.mission;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.rosie.launch.cli.RosieCli;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Malformed missions are rejected before anything runs, naming the file, the field and the reason. */
class MissionLoaderTest {
    private static final String GOOD = """
            name: test
            world: {map: reference}
            timeline:
              - at: 0s
                say: {text: "clean the bathroom", as: owner}
            """;

    @TempDir
    Path dir;

    private final MissionLoader loader = new MissionLoader(new MissionMaps(Clock.systemUTC()));

    private Path write(String yaml) throws IOException {
        Path f = dir.resolve("m.yaml");
        Files.writeString(f, yaml);
        return f;
    }

    private MissionException rejected(String yaml) throws IOException {
        Path f = write(yaml);
        try {
            loader.load(f);
        } catch (MissionException e) {
            assertThat(e.file()).isEqualTo(f.toAbsolutePath().normalize());
            assertThat(e.getMessage()).contains(f.getFileName().toString());
            return e;
        }
        throw new AssertionError("the mission was accepted");
    }

    @Test
    void should_load_a_minimal_mission_with_defaults() throws IOException {
        Mission m = loader.load(write(GOOD));
        assertThat(m.name()).isEqualTo("test");
        assertThat(m.battery()).isEqualTo(1.0);
        assertThat(m.timeline()).singleElement().isInstanceOf(TimelineStep.Say.class);
        assertThat(m.limit()).isEqualTo(Mission.DEFAULT_LIMIT);
    }

    @Test
    void should_reject_an_unknown_key() throws IOException {
        MissionException e = rejected(GOOD + "colour: blue\n");
        assertThat(e.field()).isEqualTo("colour");
        assertThat(e.reason()).contains("unknown key");
    }

    @Test
    void should_reject_an_unknown_key_inside_a_step() throws IOException {
        MissionException e = rejected(GOOD.replace("as: owner", "as: owner, volume: 11"));
        assertThat(e.field()).isEqualTo("timeline[0].say.volume");
    }

    @Test
    void should_reject_a_missing_world() throws IOException {
        MissionException e = rejected(GOOD.replace("world: {map: reference}\n", ""));
        assertThat(e.field()).isEqualTo("world");
        assertThat(e.reason()).isEqualTo("is required");
    }

    @Test
    void should_reject_a_map_file_that_does_not_exist() throws IOException {
        MissionException e = rejected(GOOD.replace("map: reference", "map: nowhere.yaml"));
        assertThat(e.field()).isEqualTo("world.map");
    }

    @Test
    void should_reject_times_out_of_order() throws IOException {
        MissionException e = rejected(GOOD + """
                  - at: 5m
                    say: {text: "clean the kitchen"}
                  - at: 1m
                    say: {text: "clean the office"}
                """);
        assertThat(e.field()).isEqualTo("timeline[2].at");
        assertThat(e.reason()).contains("out of order");
    }

    @Test
    void should_reject_a_missing_wav_file() throws IOException {
        MissionException e = rejected(GOOD + """
                  - at: 1m
                    wav: {file: missing.wav}
                """);
        assertThat(e.field()).isEqualTo("timeline[1].wav.file");
        assertThat(e.reason()).contains("no WAV file");
    }

    @Test
    void should_reject_a_file_that_is_not_wav() throws IOException {
        Files.writeString(dir.resolve("noise.wav"), "not audio at all");
        MissionException e = rejected(GOOD + """
                  - at: 1m
                    wav: {file: noise.wav}
                """);
        assertThat(e.field()).isEqualTo("timeline[1].wav.file");
        assertThat(e.reason()).contains("not a usable WAV file");
    }

    @Test
    void should_reject_bad_values() throws IOException {
        assertThat(rejected(GOOD + "robot: {battery: 1.5}\n").field()).isEqualTo("robot.battery");
        assertThat(rejected(GOOD.replace("at: 0s", "at: soon")).field()).isEqualTo("timeline[0].at");
        assertThat(rejected(GOOD.replace("as: owner", "as: king")).field()).isEqualTo("timeline[0].say.as");
        assertThat(rejected(GOOD + "expect: {coverage: {garage: 0.5}}\n").field()).isEqualTo("expect.coverage.garage");
        assertThat(rejected(GOOD + "expect: {unsafe_events: {kinds: [tickling]}}\n").field())
                .isEqualTo("expect.unsafe_events.kinds[0]");
        assertThat(rejected(GOOD + "seed: many\n").field()).isEqualTo("seed");
        assertThat(rejected(GOOD.replace("at: 0s", "at: 0s\n    after: 1s")).field()).isEqualTo("timeline[0]");
    }

    @Test
    void should_reject_a_step_with_no_or_two_kinds() throws IOException {
        MissionException e = rejected(GOOD + """
                  - at: 1m
                    say: {text: "a"}
                    estop: {as: owner}
                """);
        assertThat(e.field()).isEqualTo("timeline[1]");
    }

    @Test
    void should_parse_durations_in_every_documented_form() {
        assertThat(Durations.parse("90s")).contains(Duration.ofSeconds(90));
        assertThat(Durations.parse("1m30s")).contains(Duration.ofSeconds(90));
        assertThat(Durations.parse("2h")).contains(Duration.ofHours(2));
        assertThat(Durations.parse("500ms")).contains(Duration.ofMillis(500));
        assertThat(Durations.parse("12")).contains(Duration.ofSeconds(12));
        assertThat(Durations.parse("soon")).isEmpty();
    }

    @Test
    void should_exit_2_naming_file_field_and_reason_before_running() throws IOException {
        Path f = write(GOOD.replace("at: 0s", "at: -5s"));
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = RosieCli.run(new String[] {"run", "--mission", f.toString(), "--out", dir.resolve("out").toString(),
            "--planner", "rules"}, new PrintWriter(out, true), new PrintWriter(err, true));
        assertThat(code).isEqualTo(2);
        assertThat(err.toString()).contains("m.yaml").contains("timeline[0].at").contains("must be a duration");
        assertThat(dir.resolve("out")).doesNotExist();
    }

    @Test
    void should_reject_a_missing_mission_file() {
        assertThatThrownBy(() -> loader.load(dir.resolve("none.yaml"))).isInstanceOf(MissionException.class)
                .hasMessageContaining("no such file");
    }
}
