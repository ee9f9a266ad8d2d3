package dev.rosie.webots;

import dev.rosie.core.robot.CameraFrame;
import dev.rosie.core.robot.Capability;
import dev.rosie.core.robot.DriveCommand;
import dev.rosie.core.robot.RangeScan;
import dev.rosie.core.robot.RobotDriver;
import dev.rosie.core.robot.SensorReading;
import dev.rosie.core.world.Pose;
import java.time.Clock;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * {@link RobotDriver} on a Webots body. Commands are set-points: {@link #drive} turns the body
 * velocity into wheel speeds at once, and Webots applies them at the next {@code Robot.step}. The
 * control loop calls {@link #sense} after every step; {@link #read} then reports what that step
 * measured.
 *
 * <p>Pose: with a GPS and an inertial unit on the body (the generated world has both) the reported
 * pose is theirs, as a robot with a working localisation stack would report; the wheel odometry is
 * still integrated and re-anchored to it. Without them the pose is pure wheel odometry, which drifts.
 *
 * <p>What the Create in Webots does not have, said plainly: there is no suction device, so
 * {@link #suction} is a state flag the executor can set and read back; the PROTO exposes no battery,
 * so {@link SensorReading#battery()} is reported full (1.0) and low-battery behaviour cannot be
 * exercised on this body.
 */
public final class WebotsDriver implements RobotDriver {
    /** Within this distance of the map's dock pose, and stopped, the body counts as docked, m. */
    static final double DOCK_TOLERANCE = 0.1;

    private final Body body;
    private final DiffDrive drive;
    private final Clock clock;
    private final Pose dock;
    private final WheelOdometry odometry;
    private boolean suction;
    private DriveCommand commanded = DriveCommand.ZERO;
    private double linear;
    private double angular;
    private Optional<RangeScan> scan = Optional.empty();

    public WebotsDriver(Body body, DiffDrive drive, Clock clock, Pose dock, Pose start) {
        this.body = Objects.requireNonNull(body, "body");
        this.drive = Objects.requireNonNull(drive, "drive");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.dock = Objects.requireNonNull(dock, "dock");
        this.odometry = new WheelOdometry(drive, Objects.requireNonNull(start, "start"));
    }

    @Override
    public String name() {
        return "webots";
    }

    @Override
    public Set<Capability> capabilities() {
        Set<Capability> can = EnumSet.of(Capability.DRIVE, Capability.SUCTION);
        if (body.hasCamera()) {
            can.add(Capability.CAMERA);
        }
        return can;
    }

    @Override
    public synchronized void drive(DriveCommand command) {
        commanded = Objects.requireNonNull(command, "command");
        DiffDrive.WheelSpeeds w = drive.wheelSpeeds(command);
        body.setWheelSpeeds(w.left(), w.right());
    }

    @Override
    public synchronized void suction(boolean on) {
        suction = on;
    }

    public synchronized boolean suctionOn() {
        return suction;
    }

    public synchronized DriveCommand commanded() {
        return commanded;
    }

    /**
     * Takes in what the last step measured, {@code seconds} of simulated time after the previous
     * call: encoders into odometry and measured speeds, the localisation fix, the lidar sweep.
     */
    public synchronized void sense(double seconds) {
        if (!(seconds > 0)) {
            throw new IllegalArgumentException("a step lasts a positive time, not " + seconds + " s");
        }
        odometry.update(body.leftWheelAngle(), body.rightWheelAngle());
        DiffDrive.Motion m = odometry.lastMotion();
        linear = m.distance() / seconds;
        angular = m.turn() / seconds;
        body.localisation().ifPresent(odometry::reset);
        scan = body.lidar().map(Conversions::scan);
    }

    @Override
    public synchronized SensorReading read() {
        Pose pose = odometry.pose();
        boolean docked = pose.position().distanceTo(dock.position()) <= DOCK_TOLERANCE && Math.abs(linear) < 0.01;
        return new SensorReading(clock.instant(), pose, linear, angular, any(body.bumperValues(), v -> v != 0),
                1.0, docked, any(body.cliffValues(), v -> v < CreateSpec.CLIFF_THRESHOLD), scan);
    }

    @Override
    public synchronized Optional<CameraFrame> camera() {
        return body.image().map(img -> new CameraFrame(clock.instant(), odometry.pose(), img.width(), img.height(),
                Conversions.rgb(img)));
    }

    private static boolean any(double[] values, java.util.function.DoublePredicate test) {
        for (double v : values) {
            if (test.test(v)) {
                return true;
            }
        }
        return false;
    }
}
