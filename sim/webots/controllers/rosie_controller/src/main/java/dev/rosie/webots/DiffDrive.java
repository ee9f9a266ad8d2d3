package dev.rosie.webots;

import dev.rosie.core.robot.DriveCommand;

/**
 * Differential-drive kinematics: body velocity to wheel speeds and wheel travel back to body motion.
 * Wheel speeds are rad/s, positive forward (both Create wheel joints turn about the body's +y axis,
 * so a positive velocity rolls the robot forward, as in Webots' own Create controller).
 *
 * @param wheelRadius m
 * @param axleLength distance between the wheels' contact points, m
 * @param maxWheelSpeed the motors' limit, rad/s
 */
public record DiffDrive(double wheelRadius, double axleLength, double maxWheelSpeed) {

    /** Left and right wheel speeds, rad/s. */
    public record WheelSpeeds(double left, double right) {
    }

    /** How the body moved over one interval: forward distance (m) and heading change (rad, counter-clockwise). */
    public record Motion(double distance, double turn) {
    }

    public DiffDrive {
        if (!(wheelRadius > 0 && axleLength > 0 && maxWheelSpeed > 0)) {
            throw new IllegalArgumentException("wheel radius, axle length and top wheel speed must be positive");
        }
    }

    /**
     * The wheel speeds for {@code command}. When a wheel would exceed the motors' limit, both are
     * scaled down by the same factor: the robot then drives the commanded arc more slowly instead of
     * a different arc, which is what the path follower expects.
     */
    public WheelSpeeds wheelSpeeds(DriveCommand command) {
        double half = command.angular() * axleLength / 2;
        double left = (command.linear() - half) / wheelRadius;
        double right = (command.linear() + half) / wheelRadius;
        double peak = Math.max(Math.abs(left), Math.abs(right));
        if (peak > maxWheelSpeed) {
            double scale = maxWheelSpeed / peak;
            left *= scale;
            right *= scale;
        }
        return new WheelSpeeds(left, right);
    }

    /** Body motion from the wheels' rotation over one interval, rad. */
    public Motion motion(double leftTurned, double rightTurned) {
        double left = leftTurned * wheelRadius;
        double right = rightTurned * wheelRadius;
        return new Motion((left + right) / 2, (right - left) / axleLength);
    }
}
