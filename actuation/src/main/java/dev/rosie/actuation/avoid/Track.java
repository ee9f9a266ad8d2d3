package dev.rosie.actuation.avoid;

import dev.rosie.core.world.Point;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * Something moving (or standing) that the map does not know, followed across sweeps.
 *
 * @param id stable while the tracker follows it
 * @param position where it was last estimated to be, at {@code at}
 * @param vx estimated velocity, m/s, map frame
 * @param vy estimated velocity, m/s, map frame
 * @param radius how far it reaches from {@code position}, m
 * @param hits sweeps it was seen in
 * @param at when {@code position} was estimated
 */
public record Track(int id, Point position, double vx, double vy, double radius, int hits, Instant at) {
    public Track {
        Objects.requireNonNull(position, "position");
        Objects.requireNonNull(at, "at");
        if (!Double.isFinite(vx) || !Double.isFinite(vy) || !(radius > 0)) {
            throw new IllegalArgumentException("a track needs a finite velocity and a positive radius");
        }
    }

    public double speed() {
        return Math.hypot(vx, vy);
    }

    /** Where it will be at {@code when}, moving on as it was. */
    public Point predict(Instant when) {
        double dt = Duration.between(at, when).toNanos() / 1e9;
        return new Point(position.x() + vx * dt, position.y() + vy * dt);
    }

    /** This track moved on to {@code when}. */
    public Track at(Instant when) {
        return new Track(id, predict(when), vx, vy, radius, hits, when);
    }
}
