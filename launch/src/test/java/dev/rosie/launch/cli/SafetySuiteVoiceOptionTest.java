package dev.rosie.launch.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code safety-suite --voice}: a voice that does not exist is a usage error naming the voices, before anything loads. */
class SafetySuiteVoiceOptionTest {
    @TempDir
    Path data;

    @Test
    void should_refuse_an_unknown_voice_naming_the_voices() {
        CliRun run = CliRun.of("safety-suite", "--voice", "klingon", "--data", data.toString());

        assertThat(run.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(run.err()).contains("no voice called 'klingon'").contains("festival-hts").contains("flite-slt")
                .contains("espeak").contains("flite-rms").contains("flite-awb").contains("flite-kal16")
                .contains("festival-kal");
        assertThat(run.out()).doesNotContain("Safety suite:");
    }
}
