package dev.rosie.perception.vision;

import java.nio.file.Path;

/** One OCR model and one people detector for all the tests in a JVM: loading takes a second. */
final class SharedVision {
    private static PpOcr ocr;
    private static HogPeopleDetector hog;

    private SharedVision() {
    }

    static Path cacheRoot() {
        return Path.of(System.getProperty("rosie.cache.dir", "target/rosie-cache"));
    }

    static synchronized PpOcr ocr() {
        if (ocr == null) {
            ocr = PpOcr.load(OcrModels.bundled(cacheRoot()), OcrSettings.DEFAULTS, cacheRoot());
        }
        return ocr;
    }

    static synchronized HogPeopleDetector hog() {
        if (hog == null) {
            hog = new HogPeopleDetector();
        }
        return hog;
    }
}
