package dev.rosie.core.robot;

import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * A driver that hands every call to another driver, for wrappers that change one or two things
 * about a body (a runtime monitor capping speeds, a bench tap timing the first motion) and must
 * leave everything else exactly as the body does it. Every method forwards, the defaults of
 * {@link RobotDriver} included, so the wrapped body's own {@code camera()}, gripper, doors and
 * {@code halt()} are never replaced by the interface's fallbacks; a subclass overrides only what
 * it changes.
 */
public abstract class ForwardingRobotDriver implements RobotDriver {
    private final RobotDriver delegate;

    protected ForwardingRobotDriver(RobotDriver delegate) {
        this.delegate = Objects.requireNonNull(delegate, "delegate: the driver to forward to");
    }

    /** The driver every call goes to unless a subclass overrides it. */
    protected final RobotDriver delegate() {
        return delegate;
    }

    @Override
    public String name() {
        return delegate.name();
    }

    @Override
    public Set<Capability> capabilities() {
        return delegate.capabilities();
    }

    @Override
    public void drive(DriveCommand command) {
        delegate.drive(command);
    }

    @Override
    public void suction(boolean on) {
        delegate.suction(on);
    }

    @Override
    public SensorReading read() {
        return delegate.read();
    }

    @Override
    public Optional<CameraFrame> camera() {
        return delegate.camera();
    }

    @Override
    public ActuatorResult pickUp(String object) {
        return delegate.pickUp(object);
    }

    @Override
    public ActuatorResult putDown() {
        return delegate.putDown();
    }

    @Override
    public ActuatorResult setDoor(String door, boolean open) {
        return delegate.setDoor(door, open);
    }

    @Override
    public void halt() {
        delegate.halt();
    }
}
