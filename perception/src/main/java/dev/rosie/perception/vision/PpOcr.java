package dev.rosie.perception.vision;

import ai.djl.MalformedModelException;
import ai.djl.inference.Predictor;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import ai.djl.repository.zoo.Criteria;
import ai.djl.repository.zoo.ModelNotFoundException;
import ai.djl.repository.zoo.ZooModel;
import ai.djl.translate.NoopTranslator;
import ai.djl.translate.TranslateException;
import dev.rosie.core.RosieException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * PP-OCRv4 text reading: the DB text detector and the SVTR-LCNet CTC recogniser, both ONNX, run by
 * DJL on ONNX Runtime offline, with PaddleOCR's pre- and post-processing written out here.
 *
 * <p>Detection: RGB, {@code (x/255 - mean)/std} with ImageNet's mean and deviation, NCHW, both sides
 * multiples of 32; the probability map goes through {@link TextRegions}. Recognition: each box cropped
 * from the original image, scaled to 48 pixels high keeping its aspect, {@code (x/255 - 0.5)/0.5}, and
 * decoded by {@link CtcDecoder}.
 *
 * <p>Loading takes about a second; build one per process. Calls are serialised (one predictor per model).
 */
public final class PpOcr implements AutoCloseable {
    static final float[] MEAN = {0.485f, 0.456f, 0.406f};
    static final float[] STD = {0.229f, 0.224f, 0.225f};
    static final int REC_HEIGHT = 48;
    /** Crops wider than this (after scaling to 48 high) are squeezed: a line of ~80 characters. */
    static final int REC_MAX_WIDTH = 2048;
    /** DJL's setting for where it unpacks its own natives (system property or environment variable). */
    static final String DJL_CACHE = "DJL_CACHE_DIR";

    private final OcrSettings settings;
    private final ZooModel<NDList, NDList> detector;
    private final ZooModel<NDList, NDList> recogniser;
    private final Predictor<NDList, NDList> detect;
    private final Predictor<NDList, NDList> recognise;
    private final CtcDecoder decoder;
    private boolean closed;

    private PpOcr(OcrSettings settings, ZooModel<NDList, NDList> detector, ZooModel<NDList, NDList> recogniser,
            CtcDecoder decoder) {
        this.settings = settings;
        this.detector = detector;
        this.recogniser = recogniser;
        this.detect = detector.newPredictor();
        this.recognise = recogniser.newPredictor();
        this.decoder = decoder;
    }

    /** Loads both models from {@code models}; {@code cacheRoot} keeps DJL's own files off the home directory. */
    public static PpOcr load(OcrModels models, OcrSettings settings, Path cacheRoot) {
        Objects.requireNonNull(models, "models");
        Objects.requireNonNull(settings, "settings");
        if (System.getProperty(DJL_CACHE) == null && System.getenv(DJL_CACHE) == null) {
            System.setProperty(DJL_CACHE, cacheRoot.resolve("djl").toString());
        }
        List<String> dictionary;
        try {
            dictionary = Files.readAllLines(models.dictionary(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new RosieException("cannot read the OCR dictionary " + models.dictionary() + ": " + e.getMessage(),
                    false, e);
        }
        ZooModel<NDList, NDList> det = loadModel(models.dir(), OcrModels.DETECTION, settings.threads());
        try {
            ZooModel<NDList, NDList> rec = loadModel(models.dir(), OcrModels.RECOGNITION, settings.threads());
            return new PpOcr(settings, det, rec, new CtcDecoder(dictionary));
        } catch (RuntimeException e) {
            det.close();
            throw e;
        }
    }

    private static ZooModel<NDList, NDList> loadModel(Path dir, String name, int threads) {
        Criteria<NDList, NDList> criteria = Criteria.builder()
                .setTypes(NDList.class, NDList.class)
                .optModelPath(dir)
                .optModelName(name)
                .optEngine("OnnxRuntime")
                .optOption("intraOpNumThreads", Integer.toString(threads))
                .optOption("interOpNumThreads", "1")
                .optTranslator(new NoopTranslator())
                .build();
        try {
            return criteria.loadModel();
        } catch (ModelNotFoundException | MalformedModelException | IOException | RuntimeException e) {
            throw new RosieException("cannot load the OCR model " + name + " from " + dir + ": " + e.getMessage(),
                    false, e);
        }
    }

    public OcrSettings settings() {
        return settings;
    }

    /** Every line of text in the image, in reading order, at least {@link OcrSettings#minConfidence()} sure. */
    public List<TextLine> read(RgbImage image) {
        List<TextLine> lines = new ArrayList<>();
        for (Box box : detect(image)) {
            TextLine line = recognise(image, box);
            if (!line.text().isBlank() && line.confidence() >= settings.minConfidence()) {
                lines.add(line);
            }
        }
        return lines;
    }

    /** Where the text is: one box per line (or word), in the image's pixels, in reading order. */
    public synchronized List<Box> detect(RgbImage image) {
        ensureOpen();
        int[] size = detectorSize(image.width(), image.height());
        int w = size[0];
        int h = size[1];
        RgbImage scaled = image.resize(w, h);
        float[] input = new float[3 * w * h];
        int plane = w * h;
        byte[] rgb = scaled.rgb();
        for (int i = 0; i < plane; i++) {
            for (int c = 0; c < 3; c++) {
                input[c * plane + i] = ((rgb[3 * i + c] & 0xff) / 255f - MEAN[c]) / STD[c];
            }
        }
        float[] prob;
        try (NDManager manager = detector.getNDManager().newSubManager()) {
            NDArray x = manager.create(input, new Shape(1, 3, h, w));
            NDArray out = detect.predict(new NDList(x)).get(0);
            prob = out.toFloatArray();
        } catch (TranslateException e) {
            throw new RosieException("OCR text detection failed: " + e.getMessage(), false, e);
        }
        List<Box> boxes = TextRegions.find(prob, w, h, settings.binaryThreshold(), settings.boxThreshold(),
                settings.unclipRatio());
        double sx = (double) image.width() / w;
        double sy = (double) image.height() / h;
        List<Box> inImage = new ArrayList<>(boxes.size());
        for (Box b : boxes) {
            Box s = b.scaled(sx, sy);
            double x0 = Math.max(0, s.x());
            double y0 = Math.max(0, s.y());
            double x1 = Math.min(image.width(), s.right());
            double y1 = Math.min(image.height(), s.bottom());
            if (x1 - x0 >= 1 && y1 - y0 >= 1) {
                inImage.add(new Box(x0, y0, x1 - x0, y1 - y0));
            }
        }
        return TextRegions.readingOrder(inImage);
    }

    /** Reads the single line of text inside {@code box}. */
    public synchronized TextLine recognise(RgbImage image, Box box) {
        ensureOpen();
        RgbImage crop = image.crop(box);
        int w = (int) Math.ceil(REC_HEIGHT * (double) crop.width() / crop.height());
        w = Math.max(REC_HEIGHT / 4, Math.min(REC_MAX_WIDTH, w));
        RgbImage scaled = crop.resize(w, REC_HEIGHT);
        int plane = w * REC_HEIGHT;
        float[] input = new float[3 * plane];
        byte[] rgb = scaled.rgb();
        for (int i = 0; i < plane; i++) {
            for (int c = 0; c < 3; c++) {
                input[c * plane + i] = ((rgb[3 * i + c] & 0xff) / 255f - 0.5f) / 0.5f;
            }
        }
        try (NDManager manager = recogniser.getNDManager().newSubManager()) {
            NDArray x = manager.create(input, new Shape(1, 3, REC_HEIGHT, w));
            NDArray out = recognise.predict(new NDList(x)).get(0);
            Shape shape = out.getShape();
            int steps = (int) shape.get(shape.dimension() - 2);
            CtcDecoder.Decoded d = decoder.decode(out.toFloatArray(), steps);
            return new TextLine(d.text(), box, d.confidence());
        } catch (TranslateException e) {
            throw new RosieException("OCR text recognition failed: " + e.getMessage(), false, e);
        }
    }

    /** The detector's input size: longer side at most maxSide, shorter at least minSide, both multiples of 32. */
    int[] detectorSize(int width, int height) {
        double scale = 1;
        if (Math.max(width, height) > settings.maxSide()) {
            scale = (double) settings.maxSide() / Math.max(width, height);
        } else if (Math.min(width, height) < settings.minSide()) {
            scale = Math.min((double) settings.minSide() / Math.min(width, height),
                    (double) settings.maxSide() / Math.max(width, height));
        }
        int w = Math.max(32, (int) Math.round(width * scale / 32) * 32);
        int h = Math.max(32, (int) Math.round(height * scale / 32) * 32);
        return new int[] {w, h};
    }

    private void ensureOpen() {
        if (closed) {
            throw new IllegalStateException("the OCR models are closed");
        }
    }

    @Override
    public synchronized void close() {
        if (!closed) {
            closed = true;
            detect.close();
            recognise.close();
            detector.close();
            recogniser.close();
        }
    }
}
