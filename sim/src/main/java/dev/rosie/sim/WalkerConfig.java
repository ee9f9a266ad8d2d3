package dev.rosie.sim;

import java.time.Duration;
import java.util.Objects;

/**
 * How people and pets move. Each walker, unless asleep, picks a room at random (from the seed),
 * walks to a free spot in it along a shortest path that keeps its body clear of walls, furniture,
 * closed doors and no-go zones, lingers there, and picks again. A walker about to step into the
 * robot waits for it to pass, and after {@code giveUpAfter} of waiting walks somewhere else; walkers
 * pass through each other (the simulator does not model crowds).
 *
 * @param personSpeed walking speed of adults and children, m/s
 * @param petSpeed walking speed of pets, m/s
 * @param personRadius a person's footprint (feet and legs) as a disc, m
 * @param petRadius a pet's footprint, m
 * @param minPause shortest linger at a destination
 * @param maxPause longest linger at a destination
 * @param giveUpAfter how long a walker waits for the robot before choosing another destination
 * @param robotMargin the gap a walker keeps from the robot's body, m
 */
public record WalkerConfig(double personSpeed, double petSpeed, double personRadius, double petRadius,
        Duration minPause, Duration maxPause, Duration giveUpAfter, double robotMargin) {

    public static final WalkerConfig DEFAULT = new WalkerConfig(1.0, 0.6, 0.2, 0.12, Duration.ofSeconds(3),
            Duration.ofSeconds(30), Duration.ofSeconds(5), 0.05);

    public WalkerConfig {
        Objects.requireNonNull(minPause, "minPause");
        Objects.requireNonNull(maxPause, "maxPause");
        Objects.requireNonNull(giveUpAfter, "giveUpAfter");
        Checks.positive("walker personSpeed", personSpeed);
        Checks.positive("walker petSpeed", petSpeed);
        Checks.positive("walker personRadius", personRadius);
        Checks.positive("walker petRadius", petRadius);
        Checks.notNegative("walker robotMargin", robotMargin);
        if (minPause.isNegative() || maxPause.compareTo(minPause) < 0) {
            throw new IllegalArgumentException("walker pauses need 0 <= minPause <= maxPause, not " + minPause + " and "
                    + maxPause);
        }
        if (giveUpAfter.isNegative()) {
            throw new IllegalArgumentException("walker giveUpAfter cannot be negative: " + giveUpAfter);
        }
    }
}
