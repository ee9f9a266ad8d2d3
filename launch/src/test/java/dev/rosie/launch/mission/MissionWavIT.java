package dev.rosie.launch.mission;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.rosie.launch.cli.RosieCli;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A mission's WAV step goes through the real Vosk model; the robot acts on what Vosk heard. */
class MissionWavIT {
    @TempDir
    Path dir;

    @Test
    void should_transcribe_a_recording_with_vosk_and_act_on_it() throws IOException {
        try (InputStream wav = getClass().getClassLoader().getResourceAsStream("demo/rosie-clean-the-living-room.wav")) {
            Files.copy(wav, dir.resolve("clean.wav"));
        }
        Path m = dir.resolve("m.yaml");
        Files.writeString(m, """
                name: wav
                world: {map: reference}
                residents: none
                timeline:
                  - at: 0s
                    wav: {file: clean.wav, as: owner}
                expect:
                  outcomes: [done]
                  log_entries: [{room: living room}]
                """);
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = RosieCli.run(new String[] {"run", "--mission", m.toString(), "--out", dir.resolve("out").toString(),
            "--planner", "rules"}, new PrintWriter(out, true), new PrintWriter(err, true));

        assertThat(code).as(out + "\n" + err).isZero();
        JsonNode step = new ObjectMapper().readTree(dir.resolve("out/report.json").toFile()).path("steps").get(0);
        assertThat(step.path("input").path("kind").asText()).isEqualTo("wav");
        assertThat(step.path("input").path("transcript").asText()).isEqualTo("rosie clean the living room");
        assertThat(step.path("command").path("source").path("channel").asText()).isEqualTo("voice");
    }
}
