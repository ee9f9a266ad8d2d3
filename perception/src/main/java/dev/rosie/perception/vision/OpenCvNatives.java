package dev.rosie.perception.vision;

/** Loads OpenCV's native library from the openpnp jar, once per process. */
final class OpenCvNatives {
    private static boolean loaded;

    private OpenCvNatives() {
    }

    static synchronized void load() {
        if (!loaded) {
            try {
                nu.pattern.OpenCV.loadLocally();
            } catch (RuntimeException | UnsatisfiedLinkError e) {
                throw new dev.rosie.core.RosieException("cannot load OpenCV's native library from org.openpnp:opencv: "
                        + e.getMessage(), false, e);
            }
            loaded = true;
        }
    }
}
