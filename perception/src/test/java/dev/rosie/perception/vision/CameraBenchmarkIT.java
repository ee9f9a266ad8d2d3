package dev.rosie.perception.vision;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class CameraBenchmarkIT {

    @Test
    void should_write_latency_figures_for_ocr_and_people_detection() throws Exception {
        var images = List.of(
                new CameraBenchmark.NamedImage("scenetext01.jpg", DebianImages.load(DebianImages.NOTICE_SIGN)),
                new CameraBenchmark.NamedImage("person.jpg", DebianImages.load(DebianImages.PERSON)));
        CameraBenchmark.Result r = new CameraBenchmark(SharedVision.ocr(), SharedVision.hog(), System::nanoTime)
                .measure(images, 1, 2);
        // Figures only: written for the README and ./rosie bench, never asserted.
        Path out = Path.of("target", "bench", "camera.json");
        CameraBenchmark.write(r, out);

        assertThat(r.ocrDetectionPerFrame().samples()).isEqualTo(4);
        assertThat(r.peoplePerFrame().samples()).isEqualTo(4);
        assertThat(r.ocrRecognitionPerLine().samples()).isGreaterThanOrEqualTo(2 * 5);
        assertThat(r.images().getFirst().text()).contains("NOTICE");
        assertThat(r.images().get(1).people()).isEqualTo(1);
        JsonNode json = new ObjectMapper().readTree(out.toFile());
        assertThat(json.at("/ocrDetectionPerFrame/p50").asDouble()).isPositive();
        assertThat(json.at("/peoplePerFrame/max").asDouble())
                .isGreaterThanOrEqualTo(json.at("/peoplePerFrame/min").asDouble());
    }
}
