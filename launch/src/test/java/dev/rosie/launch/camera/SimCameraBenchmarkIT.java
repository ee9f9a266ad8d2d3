package dev.rosie.launch.camera;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rosie.perception.speech.ModelLocator;
import dev.rosie.perception.vision.CameraBenchmark;
import dev.rosie.worldmodel.map.RosieMapLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class SimCameraBenchmarkIT {

    @Test
    void should_measure_ocr_and_people_detection_on_simulator_frames_and_write_json() {
        var map = new RosieMapLoader(Clock.fixed(Instant.parse("2026-06-01T09:00:00Z"), ZoneOffset.UTC))
                .referenceApartment().map();
        Path out = Path.of("target", "bench", "camera-sim.json");
        CameraBenchmark.Result r = SimCameraBenchmark.run(map, 1, 3, 1, ModelLocator.standard().cacheRoot(), out);
        assertThat(out).exists();
        assertThat(r.images()).hasSizeGreaterThanOrEqualTo(2);
        // The sign frame is the point of the exercise: its words were read in the measured runs.
        assertThat(String.join(" ", r.images().getFirst().text()).replace(" ", ""))
                .isEqualTo(SimCameraBenchmark.SIGN.replace(" ", ""));
        assertThat(r.ocrPerFrame().samples()).isEqualTo(3 * r.images().size());
        assertThat(Files.isRegularFile(out)).isTrue();
    }
}
