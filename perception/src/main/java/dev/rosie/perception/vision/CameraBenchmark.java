package dev.rosie.perception.vision;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.function.LongSupplier;

/**
 * Latency of camera perception per frame, measured on given images: OCR text detection (one run of
 * the detector and its post-processing per frame), OCR recognition (per detected line), the whole OCR
 * read, and HOG people detection. Each image is first run {@code warmup} times unmeasured (ONNX
 * Runtime and OpenCV allocate on first use), then {@code runs} times measured. Figures are wall-clock
 * milliseconds on whatever else the machine is doing; they are written to a file, never asserted.
 */
public final class CameraBenchmark {

    /** An image to measure on, with a name for the report. */
    public record NamedImage(String name, RgbImage image) {
        public NamedImage {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(image, "image");
        }
    }

    /** Latency figures, milliseconds, over {@code samples} measurements. */
    public record Latency(int samples, double min, double p50, double p99, double max, double mean) {
        static Latency of(List<Double> millis) {
            if (millis.isEmpty()) {
                return new Latency(0, 0, 0, 0, 0, 0);
            }
            double[] s = millis.stream().mapToDouble(Double::doubleValue).sorted().toArray();
            return new Latency(s.length, s[0], pick(s, 0.50), pick(s, 0.99), s[s.length - 1],
                    Arrays.stream(s).average().orElse(0));
        }

        private static double pick(double[] sorted, double q) {
            return sorted[(int) Math.max(0, Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1))];
        }
    }

    /** What each image held, from its last measured run. */
    public record ImageResult(String name, int width, int height, int lines, List<String> text, int people) {
    }

    public record Result(int runs, int warmup, int threads, List<ImageResult> images, Latency ocrDetectionPerFrame,
            Latency ocrRecognitionPerLine, Latency ocrPerFrame, Latency peoplePerFrame) {
    }

    private final PpOcr ocr;
    private final HogPeopleDetector people;
    private final LongSupplier nanoTime;

    public CameraBenchmark(PpOcr ocr, HogPeopleDetector people, LongSupplier nanoTime) {
        this.ocr = Objects.requireNonNull(ocr, "ocr");
        this.people = Objects.requireNonNull(people, "people");
        this.nanoTime = Objects.requireNonNull(nanoTime, "nanoTime");
    }

    /** Loads the bundled models, measures, closes them, and writes the result to {@code out} as JSON. */
    public static Result run(List<NamedImage> images, int warmup, int runs, int threads, Path cacheRoot, Path out) {
        try (PpOcr ocr = PpOcr.load(OcrModels.bundled(cacheRoot), OcrSettings.DEFAULTS.withThreads(threads), cacheRoot);
                HogPeopleDetector hog = new HogPeopleDetector()) {
            Result r = new CameraBenchmark(ocr, hog, System::nanoTime).measure(images, warmup, runs);
            write(r, out);
            return r;
        }
    }

    public Result measure(List<NamedImage> images, int warmup, int runs) {
        if (images.isEmpty()) {
            throw new IllegalArgumentException("the camera benchmark needs at least one image");
        }
        if (warmup < 0 || runs < 1) {
            throw new IllegalArgumentException("need warmup >= 0 and runs >= 1, not " + warmup + " and " + runs);
        }
        List<Double> detection = new ArrayList<>();
        List<Double> recognition = new ArrayList<>();
        List<Double> whole = new ArrayList<>();
        List<Double> hog = new ArrayList<>();
        List<ImageResult> results = new ArrayList<>();
        for (NamedImage named : images) {
            RgbImage image = named.image();
            List<String> text = List.of();
            int found = 0;
            for (int i = 0; i < warmup + runs; i++) {
                boolean measured = i >= warmup;
                long t0 = nanoTime.getAsLong();
                List<Box> boxes = ocr.detect(image);
                long t1 = nanoTime.getAsLong();
                List<String> read = new ArrayList<>();
                for (Box b : boxes) {
                    long r0 = nanoTime.getAsLong();
                    TextLine line = ocr.recognise(image, b);
                    long r1 = nanoTime.getAsLong();
                    if (measured) {
                        recognition.add(ms(r1 - r0));
                    }
                    if (line.confidence() >= ocr.settings().minConfidence() && !line.text().isBlank()) {
                        read.add(line.text());
                    }
                }
                long t2 = nanoTime.getAsLong();
                int n = people.detect(image).size();
                long t3 = nanoTime.getAsLong();
                if (measured) {
                    detection.add(ms(t1 - t0));
                    whole.add(ms(t2 - t0));
                    hog.add(ms(t3 - t2));
                }
                text = read;
                found = n;
            }
            results.add(new ImageResult(named.name(), image.width(), image.height(), text.size(), text, found));
        }
        return new Result(runs, warmup, ocr.settings().threads(), results, Latency.of(detection),
                Latency.of(recognition), Latency.of(whole), Latency.of(hog));
    }

    public static void write(Result result, Path out) {
        try {
            Path parent = out.toAbsolutePath().getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
            new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValue(out.toFile(), result);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the camera benchmark to " + out + ": " + e.getMessage(), e);
        }
    }

    private static double ms(long nanos) {
        return nanos / 1e6;
    }
}
