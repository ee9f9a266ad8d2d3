package dev.rosie.perception.vision;

/**
 * How PP-OCR runs. The defaults are the values PaddleOCR ships for PP-OCRv4, checked on this project's
 * images (see DESIGN.md): without the box expansion ({@code unclipRatio}) the recogniser gets crops cut
 * through the letters and reads garbage.
 *
 * @param maxSide the detector's input is shrunk so its longer side is at most this, pixels
 * @param minSide and enlarged so its shorter side is at least this: small camera frames carry small text
 * @param binaryThreshold a detector pixel is text above this probability
 * @param boxThreshold a text region is kept when the mean probability over its box is at least this
 * @param unclipRatio each box grows by area * ratio / perimeter on every side (DB's "unclip")
 * @param minConfidence lines the recogniser is less sure of than this (mean character probability) are dropped
 * @param threads ONNX Runtime intra-op threads per model
 */
public record OcrSettings(int maxSide, int minSide, float binaryThreshold, float boxThreshold, double unclipRatio,
        double minConfidence, int threads) {

    public static final OcrSettings DEFAULTS = new OcrSettings(960, 480, 0.3f, 0.6f, 1.5, 0.5, 1);

    public OcrSettings {
        if (maxSide < 32 || minSide < 32 || minSide > maxSide) {
            throw new IllegalArgumentException("need 32 <= minSide <= maxSide, not " + minSide + " and " + maxSide);
        }
        if (!(binaryThreshold > 0 && binaryThreshold < 1) || !(boxThreshold > 0 && boxThreshold < 1)) {
            throw new IllegalArgumentException("thresholds must be within (0, 1), not " + binaryThreshold + " and "
                    + boxThreshold);
        }
        if (!(unclipRatio >= 0 && unclipRatio < 10)) {
            throw new IllegalArgumentException("unclipRatio must be within 0..10, not " + unclipRatio);
        }
        if (!(minConfidence >= 0 && minConfidence <= 1)) {
            throw new IllegalArgumentException("minConfidence must be within 0..1, not " + minConfidence);
        }
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be at least 1, not " + threads);
        }
    }

    public OcrSettings withThreads(int n) {
        return new OcrSettings(maxSide, minSide, binaryThreshold, boxThreshold, unclipRatio, minConfidence, n);
    }
}
