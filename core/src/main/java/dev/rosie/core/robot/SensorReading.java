package dev.rosie.core.robot;

import dev.rosie.core.world.Pose;
import java.time.Instant;
import java.util.Objects;

/**
 * One reading of the body's sensors.
 *
 * @param odometry the pose the body believes it has (wheel odometry, possibly drifting)
 * @param linear measured forward speed, m/s
 * @param angular measured turn rate, rad/s
 * @param bumper true while the bumper is pressed
 * @param battery charge as a fraction, 0 to 1
 * @param docked true while on the charging dock
 */
public record SensorReading(Instant at, Pose odometry, double linear, double angular, boolean bumper,
        double battery, boolean docked) {
    public SensorReading {
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(odometry, "odometry");
    }
}
