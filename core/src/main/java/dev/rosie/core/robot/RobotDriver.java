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

    /** Picks up a named object within reach in front of the standing body ({@link Capability#GRIPPER}). */
    default ActuatorResult pickUp(String object) {
        return ActuatorResult.failed(name() + " has no gripper");
    }

    /** Puts down what the gripper holds, in front of the body. */
    default ActuatorResult putDown() {
        return ActuatorResult.failed(name() + " has no gripper");
    }

    /** Opens or closes a named door within reach ({@link Capability#DOOR_OPENER}). */
    default ActuatorResult setDoor(String door, boolean open) {
        return ActuatorResult.failed(name() + " cannot operate doors");
    }

    /** Wheels stopped and suction off: the safe state every action's end returns to. */
    default void halt() {
        drive(DriveCommand.ZERO);
        suction(false);
    }
}
