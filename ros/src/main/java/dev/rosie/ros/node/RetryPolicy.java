package dev.rosie.ros.node;

import java.time.Duration;
import java.util.Objects;

/**
 * How often and how patiently a node retries the master when it cannot be reached: up to
 * {@code attempts} calls, waiting {@code delay} after the first failure and twice as long after
 * each further one, up to {@code maxDelay}.
 */
public record RetryPolicy(int attempts, Duration delay, Duration maxDelay) {
    /** About a minute of patience: enough for a roscore started at the same time as Rosie. */
    public static final RetryPolicy DEFAULT = new RetryPolicy(10, Duration.ofMillis(250), Duration.ofSeconds(10));

    public RetryPolicy {
        Objects.requireNonNull(delay, "delay");
        Objects.requireNonNull(maxDelay, "maxDelay");
        if (attempts < 1) {
            throw new IllegalArgumentException("a retry policy needs at least one attempt, not " + attempts);
        }
        if (delay.isNegative() || maxDelay.compareTo(delay) < 0) {
            throw new IllegalArgumentException("retry delays must be non-negative with maxDelay >= delay");
        }
    }

    /** The wait after failed attempt number {@code attempt} (1-based). */
    /** The same delays with a different number of attempts. */
    public RetryPolicy withAttempts(int n) {
        return new RetryPolicy(n, delay, maxDelay);
    }

    public Duration delayAfter(int attempt) {
        Duration d = delay;
        for (int i = 1; i < attempt && d.compareTo(maxDelay) < 0; i++) {
            d = d.multipliedBy(2);
        }
        return d.compareTo(maxDelay) > 0 ? maxDelay : d;
    }
}
