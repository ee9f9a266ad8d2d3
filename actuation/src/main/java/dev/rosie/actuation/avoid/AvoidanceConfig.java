package dev.rosie.actuation.avoid;

import java.time.Duration;
import java.util.Objects;

/**
 * How the local controller treats people, pets and anything else the map does not know.
 *
 * @param enabled false turns local avoidance off (the executor then follows paths blind, as before)
 * @param clearance the gap kept between the body and something tracked, m
 * @param slowRadius within this distance (centre of the robot to the near side of something tracked)
 *     the robot crawls; the runtime monitor's slow zone is 1 m to a person's position, so a little
 *     more here means the controller slows before the monitor has to
 * @param slowSpeed the crawl speed, m/s; below the monitor's
 * @param slowLookahead the slow zone applies this long before someone walking up reaches it, s
 * @param horizon how far ahead, s, a command is checked against where tracks are going
 * @param detourAfter after yielding this long to something in the way, plan a way round it
 * @param giveUpAfter after yielding this long in all, give up with a reason
 * @param maxDetours ways round planned for one leg before giving up
 * @param blindRadius within this distance of a blind corner (an edge in the sweep with space hidden
 *     behind it: a door frame, the end of a wall) the robot crawls too, m: someone stepping out from
 *     behind it would otherwise be within the slow zone before the robot could see them and brake
 */
public record AvoidanceConfig(boolean enabled, double clearance, double slowRadius, double slowSpeed,
        double slowLookahead, double horizon, Duration detourAfter, Duration giveUpAfter, int maxDetours,
        double blindRadius) {

    public static AvoidanceConfig defaults() {
        return new AvoidanceConfig(true, 0.12, 1.15, 0.17, 0.6, 1.5, Duration.ofSeconds(3), Duration.ofSeconds(60), 4, 1.4);
    }

    /** No local avoidance: the executor as it was before it had any. */
    public static AvoidanceConfig disabled() {
        return new AvoidanceConfig(false, 0.12, 1.15, 0.17, 0.6, 1.5, Duration.ofSeconds(3), Duration.ofSeconds(60), 4, 1.4);
    }

    public AvoidanceConfig {
        Objects.requireNonNull(detourAfter, "detourAfter");
        Objects.requireNonNull(giveUpAfter, "giveUpAfter");
        if (!(clearance >= 0 && slowRadius >= 0 && slowSpeed > 0 && slowLookahead >= 0 && horizon > 0 && maxDetours >= 0
                && blindRadius >= 0)) {
            throw new IllegalArgumentException("avoidance needs clearance, slowRadius, slowLookahead, blindRadius >= 0, slowSpeed and"
                    + " horizon > 0, maxDetours >= 0");
        }
        if (detourAfter.isNegative() || giveUpAfter.compareTo(detourAfter) < 0) {
            throw new IllegalArgumentException("avoidance needs 0 <= detourAfter <= giveUpAfter, not " + detourAfter
                    + " and " + giveUpAfter);
        }
    }
}
