package dev.rosie.core.robot;

import dev.rosie.core.world.Pose;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * One reading of the body's sensors.
 *
 * @param odometry the pose the body believes it has (wheel odometry, possibly drifting)
 * @param linear measured forward speed, m/s
 * @param angular measured turn rate, rad/s
 * @param bumper true while the bumper is pressed
 * @param battery charge as a fraction, 0 to 1
 * @param docked true while on the charging dock
 * @param cliff true while a cliff sensor sees no floor (a stair edge)
 * @param scan the latest range scan, if the body has a range finder
 */
public record SensorReading(Instant at, Pose odometry, double linear, double angular, boolean bumper,
        double battery, boolean docked, boolean cliff, Optional<RangeScan> scan) {
    public SensorReading {
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(odometry, "odometry");
        Objects.requireNonNull(scan, "scan");
    }

    /** A reading from a body with neither cliff sensors nor a range finder. */
    public SensorReading(Instant at, Pose odometry, double linear, double angular, boolean bumper, double battery,
            boolean docked) {
        this(at, odometry, linear, angular, bumper, battery, docked, false, Optional.empty());
    }
}
