package dev.rosie.launch.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

import dev.rosie.perception.speech.Microphone;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.sound.sampled.AudioSystem;
import javax.sound.sampled.DataLine;
import javax.sound.sampled.TargetDataLine;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code listen}'s error paths: all are reported before the model is even loaded. */
class ListenCommandTest {
    @TempDir
    Path dir;

    @Test
    void should_refuse_a_file_that_is_not_audio_naming_it() throws Exception {
        Path notes = Files.writeString(dir.resolve("notes.wav"), "clean the kitchen");
        CliRun run = CliRun.of("listen", "--wav", notes.toString(), "--data", dir.resolve("data").toString());
        assertThat(run.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(run.err()).contains("rosie: audio file " + notes + " is not a WAV file");
        assertThat(run.out()).doesNotContain("Vosk");
    }

    @Test
    void should_say_when_the_file_does_not_exist() {
        CliRun run = CliRun.of("listen", "--wav", dir.resolve("missing.wav").toString(), "--data", dir.toString());
        assertThat(run.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(run.err()).contains("missing.wav does not exist");
    }

    @Test
    void should_say_plainly_when_there_is_no_microphone() {
        assumeThat(AudioSystem.isLineSupported(new DataLine.Info(TargetDataLine.class, Microphone.FORMAT)))
                .as("this machine has a microphone").isFalse();
        CliRun run = CliRun.of("listen", "--mic", "--data", dir.toString());
        assertThat(run.exitCode()).isEqualTo(ExitCodes.FAILED);
        assertThat(run.err()).startsWith("rosie: no microphone: ").contains("listen --wav FILE").doesNotContain("Exception");
    }

    @Test
    void should_want_exactly_one_of_wav_and_mic() {
        assertThat(CliRun.of("listen", "--data", dir.toString()).exitCode()).isEqualTo(ExitCodes.USAGE);
        CliRun both = CliRun.of("listen", "--mic", "--wav", "x.wav", "--data", dir.toString());
        assertThat(both.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(both.err()).contains("mutually exclusive");
    }

    @Test
    void should_accept_only_known_speakers() {
        CliRun run = CliRun.of("listen", "--wav", "x.wav", "--as", "mallory", "--data", dir.toString());
        assertThat(run.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(run.err()).contains("owner, guest");
    }
}
