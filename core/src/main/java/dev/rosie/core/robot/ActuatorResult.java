package dev.rosie.core.robot;

import java.util.Objects;

/**
 * What a gripper or door opener did. Failing for a physical reason (out of reach, gripper full, a
 * door blocked) is a normal outcome that the executor reports, not an exception.
 */
public record ActuatorResult(boolean succeeded, String detail) {
    public ActuatorResult {
        Objects.requireNonNull(detail, "detail");
    }

    public static ActuatorResult done(String detail) {
        return new ActuatorResult(true, detail);
    }

    public static ActuatorResult failed(String detail) {
        return new ActuatorResult(false, detail);
    }
}
