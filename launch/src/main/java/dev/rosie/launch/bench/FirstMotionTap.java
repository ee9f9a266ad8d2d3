package dev.rosie.launch.bench;

import dev.rosie.core.robot.ActuatorResult;
import dev.rosie.core.robot.CameraFrame;
import dev.rosie.core.robot.Capability;
import dev.rosie.core.robot.DriveCommand;
import dev.rosie.core.robot.RobotDriver;
import dev.rosie.core.robot.SensorReading;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import java.util.function.LongSupplier;

/**
 * A pass-through driver that notes when the first moving wheel command reaches the body after it
 * was {@link #arm() armed}: the end point of the voice-to-motion figure. It sits between the runtime
 * monitor and the simulated body, so it sees what the body is told, after every cap and check.
 */
final class FirstMotionTap implements RobotDriver {
    private final RobotDriver body;
    private final LongSupplier nanoTime;
    private boolean armed;
    private long firstMotion = -1;

    FirstMotionTap(RobotDriver body, LongSupplier nanoTime) {
        this.body = Objects.requireNonNull(body, "body");
        this.nanoTime = Objects.requireNonNull(nanoTime, "nanoTime");
    }

    /** Starts watching for the next non-zero drive command. */
    void arm() {
        armed = true;
        firstMotion = -1;
    }

    /** When the first non-zero command since {@link #arm()} arrived (the ticker's nanoseconds). */
    OptionalLong firstMotion() {
        return firstMotion < 0 ? OptionalLong.empty() : OptionalLong.of(firstMotion);
    }

    @Override
    public void drive(DriveCommand command) {
        if (armed && !command.isZero()) {
            firstMotion = nanoTime.getAsLong(); // on arrival, before the body acts on it
            armed = false;
        }
        body.drive(command);
    }

    @Override
    public String name() {
        return body.name();
    }

    @Override
    public Set<Capability> capabilities() {
        return body.capabilities();
    }

    @Override
    public void suction(boolean on) {
        body.suction(on);
    }

    @Override
    public SensorReading read() {
        return body.read();
    }

    @Override
    public Optional<CameraFrame> camera() {
        return body.camera();
    }

    @Override
    public ActuatorResult pickUp(String object) {
        return body.pickUp(object);
    }

    @Override
    public ActuatorResult putDown() {
        return body.putDown();
    }

    @Override
    public ActuatorResult setDoor(String door, boolean open) {
        return body.setDoor(door, open);
    }

    @Override
    public void halt() {
        body.halt();
    }
}
