package dev.rosie.launch.bench;

import dev.rosie.core.bench.Stats;
import dev.rosie.launch.camera.SimCameraBenchmark;
import dev.rosie.perception.speech.ModelLocator;
import dev.rosie.perception.vision.CameraBenchmark;
import dev.rosie.perception.vision.RgbImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Camera perception per frame, measured by perception's {@link CameraBenchmark} on the simulator's
 * frames (a sign one metre ahead of the dock, two empty rooms) and, where Debian's packages put them,
 * on real photographs (darknet's {@code person.jpg}, opencv-doc's scene text): PP-OCR text detection
 * per frame, recognition per text line, and HOG people detection per frame, on one ONNX Runtime thread.
 */
final class CameraLatency {
    static final String OCR_DETECT = "camera.ocr_detection_per_frame";
    static final String OCR_LINE = "camera.ocr_recognition_per_line";
    static final String PEOPLE = "camera.people_detection_per_frame";
    /** Real photographs from Debian packages (.ci/run installs darknet and opencv-doc). */
    private static final List<Path> PHOTOS = List.of(Path.of("/usr/share/darknet/data/person.jpg"),
            Path.of("/usr/share/doc/opencv-doc/examples/text/scenetext01.jpg"));

    private CameraLatency() {
    }

    static Benchmark entry() {
        return new Benchmark("camera", "camera perception per frame: OCR (PP-OCRv4, DJL/ONNX Runtime) and HOG people",
                List.of(OCR_DETECT, OCR_LINE, PEOPLE), CameraLatency::run);
    }

    static List<Figure> run(BenchContext context) {
        List<CameraBenchmark.NamedImage> images = new ArrayList<>(SimCameraBenchmark.frames(context.apartment().map()));
        List<String> photos = new ArrayList<>();
        for (Path p : PHOTOS) {
            if (Files.isRegularFile(p)) {
                images.add(new CameraBenchmark.NamedImage(p.getFileName().toString(), RgbImage.read(p)));
                photos.add(p.getFileName().toString());
            }
        }
        int warmups = context.budget().warmups(2, 1);
        int runs = context.budget().runs(10, 2);
        Path dir = context.freshDir("camera");
        CameraBenchmark.Result r = CameraBenchmark.run(images, warmups, runs, 1, ModelLocator.standard().cacheRoot(),
                dir.resolve("camera.json"));
        return List.of(
                figure(OCR_DETECT, "camera: OCR text detection per frame", r.ocrDetectionPerFrame(), warmups, images, photos),
                figure(OCR_LINE, "camera: OCR recognition per text line", r.ocrRecognitionPerLine(), warmups, images, photos),
                figure(PEOPLE, "camera: HOG people detection per frame", r.peoplePerFrame(), warmups, images, photos));
    }

    private static Figure figure(String name, String what, CameraBenchmark.Latency l, int warmups,
            List<CameraBenchmark.NamedImage> images, List<String> photos) {
        return Figure.of(name, what, "ms", new Stats(l.samples(), warmups, l.min(), l.p50(), l.p99(), l.max()))
                .with("frames", images.size())
                .with("debian_photos", photos.isEmpty() ? "none installed" : String.join(", ", photos))
                .with("onnx_threads", 1);
    }
}
