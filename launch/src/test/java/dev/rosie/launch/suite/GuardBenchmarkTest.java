package dev.rosie.launch.suite;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The guard benchmark runs and writes its figures; their size is not asserted. */
class GuardBenchmarkTest {

    @Test
    void should_produce_the_guard_latency_figures() throws Exception {
        Map<String, Object> figures = GuardBenchmark.run(10_000);
        GuardBenchmark.write(figures, Path.of("target", "bench", "guard.json"));

        assertThat(figures).containsKeys("per_step_us_p50", "per_step_us_p99");
        System.out.println("guard benchmark: " + figures);
    }
}
