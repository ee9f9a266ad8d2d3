package dev.rosie.actuation;

import dev.rosie.core.world.Point;
import java.time.Duration;
import java.time.Instant;

/** Notices when the robot has not moved meaningfully for a while: turning in place does not count. */
final class ProgressWatch {
    private static final double MEANINGFUL = 0.05;

    private final Duration limit;
    private Point anchor;
    private Instant since;

    ProgressWatch(Duration limit) {
        this.limit = limit;
    }

    boolean stuck(Point here, Instant now) {
        if (anchor == null || here.distanceTo(anchor) > MEANINGFUL) {
            anchor = here;
            since = now;
            return false;
        }
        return Duration.between(since, now).compareTo(limit) > 0;
    }

    /** Starts counting afresh from here: time spent waiting for someone to pass is not being stuck. */
    void reset(Point here, Instant now) {
        anchor = here;
        since = now;
    }
}
