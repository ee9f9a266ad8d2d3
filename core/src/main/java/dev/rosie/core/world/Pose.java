package dev.rosie.core.world;

/** Position in metres and heading in radians (counter-clockwise from +x), map frame. */
public record Pose(double x, double y, double theta) {
    public Pose {
        if (!Double.isFinite(x) || !Double.isFinite(y) || !Double.isFinite(theta)) {
            throw new IllegalArgumentException("a pose needs finite values");
        }
        theta = normalizeAngle(theta);
    }

    public Point position() {
        return new Point(x, y);
    }

    /** Wraps an angle into (-pi, pi]. */
    public static double normalizeAngle(double a) {
        double r = Math.IEEEremainder(a, 2 * Math.PI);
        return r <= -Math.PI ? r + 2 * Math.PI : r;
    }
}
