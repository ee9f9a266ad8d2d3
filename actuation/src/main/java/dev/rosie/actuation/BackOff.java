package dev.rosie.actuation;

import dev.rosie.core.robot.DriveCommand;
import dev.rosie.core.robot.RobotDriver;
import java.time.Duration;
import java.time.Instant;

/**
 * What a vacuum does when its bumper hits something the map did not warn of: reverse a hand's
 * width, then let the caller re-plan. Counts attempts so that a leg that keeps bumping is given up
 * rather than retried forever.
 */
final class BackOff {
    static final Duration REVERSE_FOR = Duration.ofMillis(600);
    static final double REVERSE_SPEED = -0.1;
    static final int MAX_TRIES = 3;

    private Instant until;
    private int tries;

    /** Starts backing off; false when this leg has bumped too often and should be abandoned. */
    boolean start(Instant now) {
        tries++;
        until = now.plus(REVERSE_FOR);
        return tries <= MAX_TRIES;
    }

    /** True while backing off; drives the body backwards. When it returns false, re-plan. */
    boolean active(RobotDriver driver, Instant now) {
        return active(driver, now, java.util.function.UnaryOperator.identity());
    }

    /**
     * As {@link #active(RobotDriver, Instant)}, the reverse command passed through {@code safe} first:
     * backing blindly into someone behind is no way to recover from a bump.
     */
    boolean active(RobotDriver driver, Instant now, java.util.function.UnaryOperator<DriveCommand> safe) {
        if (until == null) {
            return false;
        }
        if (now.isBefore(until)) {
            driver.drive(safe.apply(new DriveCommand(REVERSE_SPEED, 0)));
            return true;
        }
        until = null;
        driver.drive(DriveCommand.ZERO);
        return false;
    }

    boolean justFinished() {
        return until == null;
    }

    /** A new leg starts with a clean slate. */
    void reset() {
        tries = 0;
        until = null;
    }
}
