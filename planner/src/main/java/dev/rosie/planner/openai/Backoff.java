package dev.rosie.planner.openai;

import java.time.Duration;
import java.util.Objects;

/** Exponential backoff between transport retries: {@code initial}, then times {@code factor}, at most {@code max}. */
public record Backoff(Duration initial, double factor, Duration max) {
    public static final Backoff DEFAULT = new Backoff(Duration.ofMillis(500), 2.0, Duration.ofSeconds(8));

    public Backoff {
        Objects.requireNonNull(initial, "initial");
        Objects.requireNonNull(max, "max");
        if (initial.isNegative() || max.compareTo(initial) < 0 || !(factor >= 1)) {
            throw new IllegalArgumentException("backoff needs 0 <= initial <= max and a factor >= 1");
        }
    }

    /** The wait before retry number {@code retry} (1 for the first retry). */
    public Duration delay(int retry) {
        double millis = initial.toMillis() * Math.pow(factor, Math.max(0, retry - 1));
        return millis >= max.toMillis() ? max : Duration.ofMillis((long) millis);
    }
}
