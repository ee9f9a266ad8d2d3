package dev.rosie.core.world;

/** A point in the map frame, metres. */
public record Point(double x, double y) {
    public Point {
        if (!Double.isFinite(x) || !Double.isFinite(y)) {
            throw new IllegalArgumentException("a point needs finite coordinates, not (" + x + ", " + y + ")");
        }
    }

    public double distanceTo(Point other) {
        return Math.hypot(other.x - x, other.y - y);
    }
}
