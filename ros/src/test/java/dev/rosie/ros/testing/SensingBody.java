package dev.rosie.ros.testing;

import dev.rosie.core.robot.CameraFrame;
import dev.rosie.core.robot.Capability;
import dev.rosie.core.robot.DriveCommand;
import dev.rosie.core.robot.RangeScan;
import dev.rosie.core.robot.RobotDriver;
import dev.rosie.core.robot.SensorReading;
import dev.rosie.core.testing.FakeDriver;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

/**
 * A {@link FakeDriver} with a range finder and a camera whose outputs the test scripts, so a
 * bridge has every sensor to publish. Driving, suction, bumper and battery are the fake's own.
 */
public final class SensingBody implements RobotDriver {
    private final FakeDriver fake;
    private volatile RangeScan scan;
    private volatile CameraFrame frame;

    public SensingBody(FakeDriver fake) {
        this.fake = fake;
    }

    public FakeDriver fake() {
        return fake;
    }

    public void scan(RangeScan s) {
        scan = s;
    }

    public void frame(CameraFrame f) {
        frame = f;
    }

    @Override
    public String name() {
        return "sensing-fake";
    }

    @Override
    public Set<Capability> capabilities() {
        EnumSet<Capability> caps = EnumSet.copyOf(fake.capabilities());
        caps.add(Capability.CAMERA);
        return caps;
    }

    @Override
    public void drive(DriveCommand command) {
        fake.drive(command);
    }

    @Override
    public void suction(boolean on) {
        fake.suction(on);
    }

    @Override
    public SensorReading read() {
        SensorReading r = fake.read();
        return new SensorReading(r.at(), r.odometry(), r.linear(), r.angular(), r.bumper(), r.battery(), r.docked(),
                r.cliff(), Optional.ofNullable(scan));
    }

    @Override
    public Optional<CameraFrame> camera() {
        return Optional.ofNullable(frame);
    }
}
