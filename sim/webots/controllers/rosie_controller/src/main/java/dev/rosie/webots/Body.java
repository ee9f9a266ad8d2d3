package dev.rosie.webots;

import dev.rosie.core.world.Pose;
import java.util.Optional;

/**
 * The Create's devices as {@link WebotsDriver} needs them: raw values in, wheel speeds out. The one
 * implementation on Webots is {@link WebotsBody}; keeping the driver's arithmetic (kinematics,
 * odometry, thresholds, scan and image conversion) behind this seam is what lets it be tested in
 * Rosie's default build, where Webots cannot run.
 */
public interface Body {

    /** Sets the wheel motors' target speeds, rad/s, positive forward. */
    void setWheelSpeeds(double left, double right);

    /** The wheels' encoder angles, rad; NaN before the first sample. */
    double leftWheelAngle();

    double rightWheelAngle();

    /** One value per bumper switch: nonzero while pressed. */
    double[] bumperValues();

    /** One raw value per cliff sensor (high over floor, near 0 over a drop). */
    double[] cliffValues();

    /** The latest lidar sweep, once the lidar has sampled; empty without a lidar. */
    Optional<LidarSweep> lidar();

    /** The latest camera image, once the camera has sampled; empty without a camera. */
    Optional<Image> image();

    /** Where the body is, from GPS and inertial unit, once both have sampled; empty without them. */
    Optional<Pose> localisation();

    boolean hasCamera();

    /**
     * A single-layer lidar reading as Webots returns it: ranges from left to right across
     * {@code fieldOfView}, +Infinity where nothing is within range.
     */
    record LidarSweep(float[] leftToRight, double fieldOfView, double maxRange) {
        public LidarSweep {
            if (leftToRight.length == 0 || !(fieldOfView > 0) || !(maxRange > 0)) {
                throw new IllegalArgumentException("a lidar sweep needs beams, a field of view and a range");
            }
            leftToRight = leftToRight.clone();
        }

        @Override
        public float[] leftToRight() {
            return leftToRight.clone();
        }
    }

    /** A camera image as Webots' Java API returns it: one int per pixel, 0x..RRGGBB, rows top first. */
    record Image(int width, int height, int[] pixels) {
        public Image {
            if (width <= 0 || height <= 0 || pixels.length != width * height) {
                throw new IllegalArgumentException("a " + width + "x" + height + " image needs " + width * height
                        + " pixels, not " + pixels.length);
            }
            pixels = pixels.clone();
        }

        @Override
        public int[] pixels() {
            return pixels.clone();
        }
    }
}
