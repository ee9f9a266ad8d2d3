package dev.rosie.core.robot;

import java.util.Set;

/**
 * The robot's body. Commands are set-points that hold until replaced; a body that stops hearing
 * from its controller is expected to stop on its own (the watchdog lives on both sides).
 */
public interface RobotDriver {

    /** A short name for reports: {@code sim}, {@code webots}, {@code ros}. */
    String name();

    Set<Capability> capabilities();

    void drive(DriveCommand command);

    void suction(boolean on);

    SensorReading read();

    /** The latest camera frame, for bodies with {@link Capability#CAMERA}. */
    default java.util.Optional<CameraFrame> camera() {
        return java.util.Optional.empty();
    }

    /** Wheels stopped and suction off: the safe state every action's end returns to. */
    default void halt() {
        drive(DriveCommand.ZERO);
        suction(false);
    }
}
