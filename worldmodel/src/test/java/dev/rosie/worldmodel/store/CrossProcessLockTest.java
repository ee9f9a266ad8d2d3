package dev.rosie.worldmodel.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.rosie.core.ManualClock;
import dev.rosie.core.RosieException;
import dev.rosie.worldmodel.map.LoadedMap;
import dev.rosie.worldmodel.map.RosieMapLoader;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** The lock must hold against a real second process, not only within one JVM. */
class CrossProcessLockTest {

    @TempDir
    Path dataDir;

    @Test
    @Timeout(60)
    void should_refuse_the_data_dir_while_another_process_holds_it() throws Exception {
        String java = ProcessHandle.current().info().command().orElse(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        Process child = new ProcessBuilder(java, "--enable-native-access=ALL-UNNAMED", "-cp", System.getProperty("java.class.path"),
                LockHolder.class.getName(), dataDir.toString())
                .redirectError(ProcessBuilder.Redirect.INHERIT)
                .start();
        ManualClock clock = new ManualClock(Instant.parse("2026-03-01T08:00:00Z"));
        LoadedMap apartment = new RosieMapLoader(clock).referenceApartment();
        try {
            BufferedReader out = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8));
            // Blocks until the child holds the lock (or dies, giving null): no sleeping, no polling.
            assertThat(out.readLine()).startsWith("holding ");

            assertThatThrownBy(() -> SqliteWorldModel.open(dataDir, apartment, clock))
                    .isInstanceOf(RosieException.class)
                    .hasMessage("data directory " + dataDir.toAbsolutePath().normalize()
                            + " is in use by another Rosie process (pid " + child.pid() + ")");
        } finally {
            child.getOutputStream().close();
            assertThat(child.waitFor(30, TimeUnit.SECONDS)).isTrue();
        }
        assertThat(child.exitValue()).isZero();
        try (SqliteWorldModel world = SqliteWorldModel.open(dataDir, apartment, clock)) {
            assertThat(world.schemaVersion()).isPositive();
        }
    }
}
