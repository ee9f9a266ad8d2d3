package dev.rosie.sim;

/**
 * The forward-looking colour camera.
 *
 * @param enabled whether the body has a camera ({@code camera()} is then empty)
 * @param width image width, pixels
 * @param height image height, pixels
 * @param horizontalFov horizontal field of view, radians; the vertical one follows from the aspect ratio
 * @param mountHeight the lens's height above the floor, metres; it looks level
 * @param wallHeight how tall walls and doors are drawn, metres
 * @param maxDistance nothing farther than this is drawn, metres
 */
public record CameraConfig(boolean enabled, int width, int height, double horizontalFov, double mountHeight,
        double wallHeight, double maxDistance) {

    /** 320x240, 60 degrees across, 25 cm above the floor. */
    public static final CameraConfig DEFAULT = new CameraConfig(true, 320, 240, Math.toRadians(60), 0.25, 2.4, 20.0);

    /**
     * A wide camera on a mast at 0.9 m, 90 degrees across (73.7 up and down): a standing adult is in the
     * frame head to foot from about 1.2 m away. The default camera, 25 cm up and level with a 46.8-degree
     * vertical view, sees a 1.7 m person's head only from about 3.4 m, so a people detector (which needs
     * the head and shoulders) cannot find anyone nearer with it.
     */
    public static final CameraConfig MAST = new CameraConfig(true, 320, 240, Math.toRadians(90), 0.9, 2.4, 20.0);

    public CameraConfig {
        Checks.positive("camera width", width);
        Checks.positive("camera height", height);
        if (width > 4096 || height > 4096) {
            throw new IllegalArgumentException("camera frames are at most 4096x4096, not " + width + "x" + height);
        }
        Checks.positive("camera horizontalFov", horizontalFov);
        if (horizontalFov >= Math.PI) {
            throw new IllegalArgumentException("camera horizontalFov must be under pi radians (a pinhole camera), not "
                    + horizontalFov);
        }
        Checks.positive("camera mountHeight", mountHeight);
        Checks.positive("camera wallHeight", wallHeight);
        Checks.positive("camera maxDistance", maxDistance);
    }

    public CameraConfig withEnabled(boolean on) {
        return new CameraConfig(on, width, height, horizontalFov, mountHeight, wallHeight, maxDistance);
    }

    public CameraConfig withSize(int newWidth, int newHeight) {
        return new CameraConfig(enabled, newWidth, newHeight, horizontalFov, mountHeight, wallHeight, maxDistance);
    }

    /** The focal length in pixels. */
    double focalPixels() {
        return width / 2.0 / Math.tan(horizontalFov / 2);
    }
}
