package dev.rosie.webots;

import dev.rosie.core.world.Pose;
import java.util.Objects;

/**
 * Dead reckoning from the wheel encoders. Webots' position sensors read NaN until their first
 * sample, so a NaN reading is skipped rather than integrated; the first finite reading only sets the
 * reference. Each interval is integrated at its mid-heading (second-order), which keeps the drift of
 * a tight turn well below the encoder resolution at Rosie's control rate.
 */
public final class WheelOdometry {
    private final DiffDrive drive;
    private Pose pose;
    private double lastLeft = Double.NaN;
    private double lastRight = Double.NaN;
    private DiffDrive.Motion lastMotion = new DiffDrive.Motion(0, 0);

    public WheelOdometry(DiffDrive drive, Pose start) {
        this.drive = Objects.requireNonNull(drive, "drive");
        this.pose = Objects.requireNonNull(start, "start");
    }

    /** Integrates the encoders' new angles (rad) and returns the new pose. */
    public Pose update(double leftAngle, double rightAngle) {
        if (!Double.isFinite(leftAngle) || !Double.isFinite(rightAngle)) {
            lastMotion = new DiffDrive.Motion(0, 0);
            return pose;
        }
        if (Double.isNaN(lastLeft)) {
            lastLeft = leftAngle;
            lastRight = rightAngle;
            lastMotion = new DiffDrive.Motion(0, 0);
            return pose;
        }
        DiffDrive.Motion m = drive.motion(leftAngle - lastLeft, rightAngle - lastRight);
        lastLeft = leftAngle;
        lastRight = rightAngle;
        double mid = pose.theta() + m.turn() / 2;
        pose = new Pose(pose.x() + m.distance() * Math.cos(mid), pose.y() + m.distance() * Math.sin(mid),
                Pose.normalizeAngle(pose.theta() + m.turn()));
        lastMotion = m;
        return pose;
    }

    public Pose pose() {
        return pose;
    }

    /** The motion integrated by the last update. */
    public DiffDrive.Motion lastMotion() {
        return lastMotion;
    }

    /** Puts the estimate at {@code known}, keeping the encoder reference (after a fix from a localiser). */
    public void reset(Pose known) {
        pose = Objects.requireNonNull(known, "known");
    }
}
