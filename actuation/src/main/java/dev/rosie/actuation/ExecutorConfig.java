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
 */
public record ExecutorConfig(double maxSpeed, double cleaningSpeed, double maxTurn, double robotRadius,
        double cleaningRadius, double margin, double tolerance, Duration stuckAfter) {

    public static ExecutorConfig defaults() {
        return new ExecutorConfig(0.35, 0.25, 1.5, 0.17, 0.22, 0.03, 0.06, Duration.ofSeconds(15));
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
    }
}
