package dev.rosie.core.world;

import java.util.Objects;

/** What the robot last reported about itself. {@code battery} is a fraction, 0 to 1. */
public record RobotState(Pose pose, double battery, boolean docked) {
    public RobotState {
        Objects.requireNonNull(pose, "pose");
        if (!(battery >= 0 && battery <= 1)) {
            throw new IllegalArgumentException("battery is a fraction from 0 to 1, not " + battery);
        }
    }
}
