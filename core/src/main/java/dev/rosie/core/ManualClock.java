package dev.rosie.core;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Objects;

/**
 * A clock that moves only when told to. The simulator and every tick-driven loop advance it
 * explicitly, which is what makes a simulated run faster than real time and exactly repeatable.
 * Not thread-safe by design: one control loop owns it.
 */
public final class ManualClock extends Clock {
    private Instant now;
    private final ZoneId zone;

    public ManualClock(Instant start) {
        this(start, ZoneOffset.UTC);
    }

    public ManualClock(Instant start, ZoneId zone) {
        this.now = Objects.requireNonNull(start, "start");
        this.zone = Objects.requireNonNull(zone, "zone");
    }

    public void advance(Duration step) {
        if (step.isNegative()) {
            throw new IllegalArgumentException("a clock cannot go backwards: " + step);
        }
        now = now.plus(step);
    }

    public void set(Instant instant) {
        if (instant.isBefore(now)) {
            throw new IllegalArgumentException("a clock cannot go backwards: " + instant + " < " + now);
        }
        now = instant;
    }

    @Override
    public Instant instant() {
        return now;
    }

    @Override
    public ZoneId getZone() {
        return zone;
    }

    /** A view in another zone that still follows this clock as it advances. */
    @Override
    public Clock withZone(ZoneId other) {
        ManualClock owner = this;
        return new Clock() {
            @Override
            public Instant instant() {
                return owner.instant();
            }

            @Override
            public ZoneId getZone() {
                return other;
            }

            @Override
            public Clock withZone(ZoneId again) {
                return owner.withZone(again);
            }
        };
    }
}
