package dev.rosie.launch.wiring;

import java.time.Duration;
import java.util.function.LongSupplier;

/**
 * Keeps simulated time in step with the wall clock at a chosen speed: {@code speed} simulated
 * seconds per wall second (1 is real time). It says how many control ticks are due now and how long
 * until the next one. A loop that falls more than a second behind drops the debt instead of
 * sprinting to catch up, so a stall never turns into a burst of motion.
 */
final class Pacer {
    /** At most this many ticks in one go, so commands and e-stops are looked at between batches. */
    static final int MAX_BATCH = 50;

    private final double speed;
    private final long tickNanos;
    private final LongSupplier nanoTime;
    private long base;
    private long ticksSinceBase;
    private long dropped;

    Pacer(double speed, Duration tick, LongSupplier nanoTime) {
        if (!(speed > 0) || speed > 10_000) {
            throw new IllegalArgumentException("speed must be more than 0 and at most 10000, not " + speed);
        }
        this.speed = speed;
        this.tickNanos = tick.toNanos();
        this.nanoTime = nanoTime;
        this.base = nanoTime.getAsLong();
    }

    /** Ticks due now (at most {@link #MAX_BATCH}). */
    int due() {
        long now = nanoTime.getAsLong();
        long target = (long) ((now - base) * speed / tickNanos);
        long behind = target - ticksSinceBase;
        long maxBehind = Math.max(MAX_BATCH, (long) (1e9 * speed / tickNanos));
        if (behind > maxBehind) {
            dropped += behind - MAX_BATCH;
            ticksSinceBase = target - MAX_BATCH;
            behind = MAX_BATCH;
        }
        return (int) Math.max(0, Math.min(behind, MAX_BATCH));
    }

    void ticked() {
        ticksSinceBase++;
    }

    /** Wall nanoseconds until the next tick is due (0 if it is due already). */
    long nanosToNextTick() {
        long next = base + (long) ((ticksSinceBase + 1) * tickNanos / speed);
        return Math.max(0, next - nanoTime.getAsLong());
    }

    /** Ticks skipped because the loop could not keep up. */
    long dropped() {
        return dropped;
    }
}
