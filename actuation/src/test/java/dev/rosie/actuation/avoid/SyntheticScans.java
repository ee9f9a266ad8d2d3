package dev.rosie.actuation.avoid;

import dev.rosie.core.robot.RangeScan;
import dev.rosie.core.world.Point;
import dev.rosie.core.world.Pose;
import java.util.List;

/**
 * Draws lidar sweeps by hand: rays from a pose against an axis-aligned box of walls and a few discs
 * (people, pets), exactly, 360 beams all round, like the simulator's default scanner.
 */
final class SyntheticScans {
    static final int BEAMS = 360;

    private SyntheticScans() {
    }

    /**
     * A sweep from {@code pose} inside the walls' inner faces {@code [x0, x1] x [y0, y1]}, with
     * {@code discs} given as (x, y, radius).
     */
    static RangeScan sweep(Pose pose, double x0, double y0, double x1, double y1, List<double[]> discs) {
        double inc = 2 * Math.PI / BEAMS;
        float[] ranges = new float[BEAMS];
        for (int i = 0; i < BEAMS; i++) {
            double a = pose.theta() - Math.PI + i * inc;
            double dx = Math.cos(a);
            double dy = Math.sin(a);
            double best = Double.POSITIVE_INFINITY;
            if (dx > 1e-12) best = Math.min(best, (x1 - pose.x()) / dx);
            if (dx < -1e-12) best = Math.min(best, (x0 - pose.x()) / dx);
            if (dy > 1e-12) best = Math.min(best, (y1 - pose.y()) / dy);
            if (dy < -1e-12) best = Math.min(best, (y0 - pose.y()) / dy);
            for (double[] d : discs) {
                best = Math.min(best, ray(pose.x(), pose.y(), dx, dy, d[0], d[1], d[2]));
            }
            ranges[i] = best <= 8 ? (float) best : Float.POSITIVE_INFINITY;
        }
        return new RangeScan(-Math.PI, inc, 8.0, ranges);
    }

    static double[] disc(Point at, double radius) {
        return new double[] {at.x(), at.y(), radius};
    }

    private static double ray(double x, double y, double dx, double dy, double cx, double cy, double r) {
        double fx = x - cx;
        double fy = y - cy;
        double b = fx * dx + fy * dy;
        double c = fx * fx + fy * fy - r * r;
        double disc = b * b - c;
        if (disc < 0) {
            return Double.POSITIVE_INFINITY;
        }
        double t = -b - Math.sqrt(disc);
        return t >= 0 ? t : Double.POSITIVE_INFINITY;
    }
}
