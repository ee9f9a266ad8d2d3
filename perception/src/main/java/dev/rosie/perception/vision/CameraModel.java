package dev.rosie.perception.vision;

/**
 * The camera's geometry and the assumptions used to place a detected person.
 *
 * <p>Pinhole model, camera level with the floor: the focal length in pixels is
 * {@code f = width / 2 / tan(horizontalFov / 2)}; a box centred at column {@code u} lies at bearing
 * {@code atan((width/2 - u) / f)}, positive to the left. Distance assumes the person stands upright,
 * is {@code personHeight} tall and fills {@code bodyFraction} of the detector's box (HOG's 64x128
 * window is trained with a ~96-pixel person in it: 0.75): depth {@code z = f * personHeight /
 * (bodyFraction * boxHeight)}, and the range along the bearing is {@code z / cos(bearing)}. A child, a
 * seated adult or a person cut off by the frame's edge comes out too far away; a box is only a
 * rough range finder.
 *
 * @param horizontalFov field of view across the image, radians
 * @param personHeight assumed standing height, metres
 * @param bodyFraction the share of the detector box's height the body fills
 */
public record CameraModel(double horizontalFov, double personHeight, double bodyFraction) {
    public static final double ADULT_HEIGHT = 1.7;
    public static final double HOG_BODY_FRACTION = 0.75;

    public CameraModel {
        if (!(horizontalFov > 0 && horizontalFov < Math.PI)) {
            throw new IllegalArgumentException("horizontalFov must be within (0, pi) radians, not " + horizontalFov);
        }
        if (!(personHeight > 0 && personHeight < 3)) {
            throw new IllegalArgumentException("personHeight must be within (0, 3) m, not " + personHeight);
        }
        if (!(bodyFraction > 0 && bodyFraction <= 1)) {
            throw new IllegalArgumentException("bodyFraction must be within (0, 1], not " + bodyFraction);
        }
    }

    /** A camera with {@code horizontalFov} looking for standing adults with HOG. */
    public static CameraModel withFov(double horizontalFov) {
        return new CameraModel(horizontalFov, ADULT_HEIGHT, HOG_BODY_FRACTION);
    }

    public double focalPixels(int imageWidth) {
        return imageWidth / 2.0 / Math.tan(horizontalFov / 2);
    }

    /** Bearing of image column {@code u} (pixels from the left edge), radians, positive to the left. */
    public double bearing(double u, int imageWidth) {
        return Math.atan2(imageWidth / 2.0 - u, focalPixels(imageWidth));
    }

    /** Range to a person whose detector box is {@code boxHeight} pixels tall at bearing {@code bearing}. */
    public double personDistance(double boxHeight, double bearing, int imageWidth) {
        if (!(boxHeight > 0)) {
            throw new IllegalArgumentException("a box height must be positive, not " + boxHeight);
        }
        double depth = focalPixels(imageWidth) * personHeight / (bodyFraction * boxHeight);
        return depth / Math.cos(bearing);
    }
}
