package dev.rosie.launch.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * In a real process, with the real logging setup: loading the embedded planner's model must not
 * spill library log lines onto stderr, where an error is promised to be one line.
 */
class StderrIT {
    @TempDir
    Path data;

    @Test
    void should_print_only_the_one_line_question_on_stderr_when_the_model_loads() throws Exception {
        // The production class path, as the launcher builds it: test resources (their own log settings) left out.
        String classPath = java.util.Arrays.stream(System.getProperty("java.class.path").split(java.io.File.pathSeparator))
                .filter(entry -> !entry.endsWith("test-classes")).collect(java.util.stream.Collectors.joining(java.io.File.pathSeparator));
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "--enable-native-access=ALL-UNNAMED", "-Dai.djl.offline=true",
                "-cp", classPath, RosieCli.class.getName(),
                "say", "clean the garage", "--data", data.toString()));
        Process p = new ProcessBuilder(command).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        String err = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(120, TimeUnit.SECONDS)).isTrue();

        assertThat(p.exitValue()).isEqualTo(ExitCodes.USAGE);
        assertThat(err.strip()).startsWith("rosie: I don't know a room called 'garage'").doesNotContain("\n");
    }
}
