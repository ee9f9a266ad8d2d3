package dev.rosie.launch.motion;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The benchmark runs and writes its figures (how fast is not asserted: that is what the file is for). */
class MotionBenchmarkTest {

    @Test
    void should_produce_every_motion_figure() throws Exception {
        Map<String, Object> figures = MotionBenchmark.run(200, 20_000);
        Path file = Path.of("target", "bench", "motion.json");
        MotionBenchmark.write(figures, file);

        assertThat(figures).containsKeys("global_path_planning_ms", "control_tick_us_while_cleaning",
                "control_tick_us_while_cleaning_avoidance_off", "control_tick_us_while_cleaning_with_3_walkers");
        assertThat(Files.readString(file)).contains("p99");
        System.out.println("motion benchmark: " + figures);
    }
}
