package dev.rosie.launch.mission;

import java.time.Duration;
import java.util.Objects;

/** When a timeline step happens: at a time since the mission started, or a while after the previous step's turn ended. */
public sealed interface Timing {

    /** Not before {@code offset} after the start (a command waits while the robot is busy with another). */
    record At(Duration offset) implements Timing {
        public At {
            Objects.requireNonNull(offset, "offset");
        }
    }

    /** {@code delay} after the previous step was done with (its turn over, the robot free again). */
    record After(Duration delay) implements Timing {
        public After {
            Objects.requireNonNull(delay, "delay");
        }
    }

    default String describe() {
        return switch (this) {
            case At a -> "at " + Durations.format(a.offset());
            case After a -> Durations.format(a.delay()) + " after the previous step";
        };
    }
}
