package dev.rosie.actuation;

import java.time.Duration;

/**
 * Motion limits and tolerances for the executor.
 *
 * @param maxSpeed top forward speed while driving between places, m/s
 * @param cleaningSpeed forward speed while sweeping, m/s
 * @param maxTurn top turn rate, rad/s
 * @param robotRadius the body's radius, m
 * @param cleaningRadius how far from the centre the brushes reach, m: a little past the body, as a
 *     vacuum's side brush sweeps the strip along a wall the body cannot touch
 * @param margin extra clearance kept from obstacles and no-go zones, m
 * @param tolerance how close counts as arrived, m
 * @param stuckAfter no progress for this long fails a step as blocked
 * @param reach how far beyond the body's edge the gripper reaches, m: the body's figure (the
 *     simulator's default body reaches 0.3 m). Where to stand to pick something up or put it down
 *     is chosen so the thing is within this of the body's edge even when the robot stops
 *     {@code tolerance} short of where it was sent
 */
public record ExecutorConfig(double maxSpeed, double cleaningSpeed, double maxTurn, double robotRadius,
        double cleaningRadius, double margin, double tolerance, Duration stuckAfter, double reach) {

    /** The default body's gripper reach past its edge, m. */
    public static final double DEFAULT_REACH = 0.3;

    public static ExecutorConfig defaults() {
        return new ExecutorConfig(0.35, 0.25, 1.5, 0.17, 0.22, 0.03, 0.06, Duration.ofSeconds(15), DEFAULT_REACH);
    }

    /** As before the reach was configurable: the default body's {@link #DEFAULT_REACH}. */
    public ExecutorConfig(double maxSpeed, double cleaningSpeed, double maxTurn, double robotRadius,
            double cleaningRadius, double margin, double tolerance, Duration stuckAfter) {
        this(maxSpeed, cleaningSpeed, maxTurn, robotRadius, cleaningRadius, margin, tolerance, stuckAfter, DEFAULT_REACH);
    }

    public ExecutorConfig {
        if (!(maxSpeed > 0 && cleaningSpeed > 0 && maxTurn > 0 && robotRadius > 0 && margin >= 0 && tolerance > 0)) {
            throw new IllegalArgumentException("executor limits must be positive");
        }
        if (cleaningRadius < robotRadius) {
            throw new IllegalArgumentException("the brushes reach at least as far as the body: cleaningRadius >= robotRadius");
        }
        if (stuckAfter == null || stuckAfter.isNegative() || stuckAfter.isZero()) {
            throw new IllegalArgumentException("stuckAfter must be a positive duration");
        }
        if (!(reach >= 0)) {
            throw new IllegalArgumentException("reach is a length past the body's edge, 0 or more, not " + reach);
        }
        if (!(robotRadius + reach > tolerance)) {
            throw new IllegalArgumentException("the body and its reach (" + (robotRadius + reach)
                    + " m) must span more than the arrival tolerance (" + tolerance + " m), or nothing is ever in reach");
        }
    }

    /**
     * How far from the robot's centre a thing may be, measured from where the robot is sent to stand,
     * and still be within the gripper's reach wherever within {@code tolerance} of there it stops.
     */
    public double workingReach() {
        return robotRadius + reach - tolerance;
    }
}
