package dev.rosie.core.robot;

/** A body-frame velocity command: forward speed in m/s and turn rate in rad/s (counter-clockwise). */
public record DriveCommand(double linear, double angular) {
    public static final DriveCommand ZERO = new DriveCommand(0, 0);

    public DriveCommand {
        if (!Double.isFinite(linear) || !Double.isFinite(angular)) {
            throw new IllegalArgumentException("drive command needs finite velocities, not (" + linear + ", " + angular + ")");
        }
    }

    public boolean isZero() {
        return linear == 0 && angular == 0;
    }
}
