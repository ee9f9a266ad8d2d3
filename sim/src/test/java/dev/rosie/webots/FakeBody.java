package dev.rosie.webots;

import dev.rosie.core.world.Pose;
import java.util.Optional;

/**
 * An in-memory {@link Body} for the driver's tests: it stands in for the Create's devices, not for
 * Webots' physics. Wheels turn exactly as commanded when {@link #advance} is called.
 */
final class FakeBody implements Body {
    double leftSpeed;
    double rightSpeed;
    double leftAngle = Double.NaN;
    double rightAngle = Double.NaN;
    double[] bumpers = {0, 0};
    double[] cliffs = {3200, 3200, 3200, 3200};
    Optional<LidarSweep> lidar = Optional.empty();
    Optional<Image> image = Optional.empty();
    Optional<Pose> localisation = Optional.empty();
    boolean camera;

    /** The wheels turn at their set speeds for {@code seconds}; the first call only takes the first sample. */
    void advance(double seconds) {
        if (Double.isNaN(leftAngle)) {
            leftAngle = 0;
            rightAngle = 0;
            return;
        }
        leftAngle += leftSpeed * seconds;
        rightAngle += rightSpeed * seconds;
    }

    @Override
    public void setWheelSpeeds(double left, double right) {
        leftSpeed = left;
        rightSpeed = right;
    }

    @Override
    public double leftWheelAngle() {
        return leftAngle;
    }

    @Override
    public double rightWheelAngle() {
        return rightAngle;
    }

    @Override
    public double[] bumperValues() {
        return bumpers.clone();
    }

    @Override
    public double[] cliffValues() {
        return cliffs.clone();
    }

    @Override
    public Optional<LidarSweep> lidar() {
        return lidar;
    }

    @Override
    public Optional<Image> image() {
        return image;
    }

    @Override
    public Optional<Pose> localisation() {
        return localisation;
    }

    @Override
    public boolean hasCamera() {
        return camera;
    }
}
