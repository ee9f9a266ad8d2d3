package dev.rosie.perception.vision;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.opencv.core.CvType;
import org.opencv.core.Mat;
import org.opencv.core.MatOfDouble;
import org.opencv.core.MatOfRect;
import org.opencv.core.Rect;
import org.opencv.core.Size;
import org.opencv.objdetect.HOGDescriptor;

/**
 * People found by OpenCV's HOG descriptor with its built-in, pre-trained people detector (Dalal and
 * Triggs' linear SVM on 64x128 windows), through {@code org.openpnp:opencv}, whose jar carries the
 * natives. Detections under {@code minWeight} are dropped: on darknet's {@code dog.jpg} the detector
 * finds a "person" at weight ~0.3, while real people score well above 0.5.
 *
 * <p>The window is 128 pixels tall, so small frames are enlarged first until they are at least
 * {@code minHeight} pixels high; boxes are reported in the original frame's pixels. Calls are serialised.
 */
public final class HogPeopleDetector implements AutoCloseable {
    public static final double DEFAULT_MIN_WEIGHT = 0.5;
    public static final int DEFAULT_MIN_HEIGHT = 480;

    private final HOGDescriptor hog;
    private final double minWeight;
    private final int minHeight;
    private boolean closed;

    public HogPeopleDetector(double minWeight, int minHeight) {
        if (!Double.isFinite(minWeight)) {
            throw new IllegalArgumentException("minWeight must be finite, not " + minWeight);
        }
        if (minHeight < 128) {
            throw new IllegalArgumentException("minHeight must be at least HOG's 128-pixel window, not " + minHeight);
        }
        OpenCvNatives.load();
        this.hog = new HOGDescriptor();
        this.hog.setSVMDetector(HOGDescriptor.getDefaultPeopleDetector());
        this.minWeight = minWeight;
        this.minHeight = minHeight;
    }

    public HogPeopleDetector() {
        this(DEFAULT_MIN_WEIGHT, DEFAULT_MIN_HEIGHT);
    }

    public double minWeight() {
        return minWeight;
    }

    /** People at or above the weight threshold, strongest first. */
    public List<PersonBox> detect(RgbImage image) {
        return detectAll(image).stream().filter(p -> p.weight() >= minWeight).toList();
    }

    /** Every detection OpenCV reports, whatever its weight, strongest first (for tests and tuning). */
    public synchronized List<PersonBox> detectAll(RgbImage image) {
        if (closed) {
            throw new IllegalStateException("the people detector is closed");
        }
        double scale = image.height() < minHeight ? (double) minHeight / image.height() : 1;
        RgbImage input = scale == 1 ? image
                : image.resize((int) Math.round(image.width() * scale), (int) Math.round(image.height() * scale));
        Mat mat = new Mat(input.height(), input.width(), CvType.CV_8UC3);
        MatOfRect found = new MatOfRect();
        MatOfDouble weights = new MatOfDouble();
        try {
            byte[] bgr = input.rgb();
            for (int i = 0; i < bgr.length; i += 3) {
                byte r = bgr[i];
                bgr[i] = bgr[i + 2];
                bgr[i + 2] = r;
            }
            mat.put(0, 0, bgr);
            hog.detectMultiScale(mat, found, weights, 0, new Size(8, 8), new Size(16, 16), 1.05, 2, false);
            Rect[] rects = found.empty() ? new Rect[0] : found.toArray();
            // With nothing found OpenCV leaves the weights as an empty 0x1 matrix, which toArray() refuses.
            double[] w = weights.empty() ? new double[0] : weights.toArray();
            List<PersonBox> out = new ArrayList<>(rects.length);
            for (int i = 0; i < rects.length; i++) {
                Box box = new Box(rects[i].x / scale, rects[i].y / scale, rects[i].width / scale,
                        rects[i].height / scale);
                out.add(new PersonBox(box, i < w.length ? w[i] : 0));
            }
            out.sort(Comparator.comparingDouble(PersonBox::weight).reversed());
            return out;
        } finally {
            mat.release();
            found.release();
            weights.release();
        }
    }

    @Override
    public synchronized void close() {
        closed = true;
    }
}
