package dev.rosie.launch;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The {@code ./rosie} launcher fails clearly when it cannot find what it needs. */
class LauncherScriptTest {
    private static final Path SCRIPT = Path.of("..", "rosie").toAbsolutePath().normalize();

    @TempDir
    Path tmp;

    private record Result(int code, String err) {
    }

    private Result run(Path script, Map<String, String> env, String... args) throws IOException, InterruptedException {
        List<String> command = new java.util.ArrayList<>(List.of("bash", script.toString()));
        command.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(command).redirectOutput(ProcessBuilder.Redirect.DISCARD);
        pb.environment().putAll(env);
        Process p = pb.start();
        String err = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
        return new Result(p.exitValue(), err);
    }

    @Test
    void should_say_clearly_when_no_jdk_21_or_newer_exists() throws Exception {
        Result r = run(SCRIPT, Map.of("JAVA_HOME", tmp.resolve("no-jdk").toString(),
                "ROSIE_JDK_SEARCH", tmp.resolve("empty").toString()), "demo");

        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).contains("no JDK 21 or newer found").contains("JAVA_HOME");
    }

    @Test
    void should_say_clearly_when_maven_is_missing_and_a_build_is_needed() throws Exception {
        // A copy of the launcher in an empty directory has nothing built, so it must build first.
        Path copy = Files.copy(SCRIPT, tmp.resolve("rosie"));
        Result r = run(copy, Map.of("ROSIE_MVN", tmp.resolve("no-such-mvn").toString()), "demo");

        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).contains("Maven (mvn) is needed");
    }
}
