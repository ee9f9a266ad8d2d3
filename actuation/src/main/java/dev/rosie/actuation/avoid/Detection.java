package dev.rosie.actuation.avoid;

import dev.rosie.core.world.Point;
import java.util.Objects;

/**
 * One group of range returns the map does not explain, in the map frame: the part of something's
 * surface the lidar saw. The centre is the mean of the returns, so it lies on the near side of the
 * real body: distances measured from it err toward caution.
 *
 * @param centre mean of the returns, m
 * @param radius the farthest return from the centre, at least {@link #MIN_RADIUS}, m
 * @param points how many beams returned from it
 */
public record Detection(Point centre, double radius, int points) {
    /** Even a single return stands for something with a body. */
    public static final double MIN_RADIUS = 0.05;

    public Detection {
        Objects.requireNonNull(centre, "centre");
        if (!(radius >= MIN_RADIUS) || !Double.isFinite(radius)) {
            throw new IllegalArgumentException("a detection's radius is finite and at least " + MIN_RADIUS + ", not " + radius);
        }
        if (points < 1) {
            throw new IllegalArgumentException("a detection has at least one return, not " + points);
        }
    }
}
