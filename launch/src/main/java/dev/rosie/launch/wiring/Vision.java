package dev.rosie.launch.wiring;

import dev.rosie.perception.speech.ModelLocator;
import dev.rosie.perception.vision.CameraModel;
import dev.rosie.perception.vision.CameraPerception;
import dev.rosie.perception.vision.HogPeopleDetector;
import dev.rosie.perception.vision.OcrModels;
import dev.rosie.perception.vision.OcrSettings;
import dev.rosie.perception.vision.PpOcr;
import java.nio.file.Path;

/**
 * Loads camera perception: the bundled PP-OCR models (extracted to Rosie's cache when running from
 * jars) and OpenCV's HOG people detector, for a camera with the given field of view. About a second;
 * one per process, shared by every robot in it (the safety suite runs hundreds).
 */
public final class Vision {
    private Vision() {
    }

    public static CameraPerception load(double horizontalFov) {
        return load(ModelLocator.standard().cacheRoot(), horizontalFov);
    }

    public static CameraPerception load(Path cacheRoot, double horizontalFov) {
        PpOcr ocr = PpOcr.load(OcrModels.bundled(cacheRoot), OcrSettings.DEFAULTS, cacheRoot);
        try {
            return new CameraPerception(ocr, new HogPeopleDetector(), CameraModel.withFov(horizontalFov));
        } catch (RuntimeException e) {
            ocr.close();
            throw e;
        }
    }
}
