package dev.rosie.sim;

import dev.rosie.core.robot.RangeScan;
import java.util.Random;

/**
 * The lidar: one beam per configured angle, cast from the body's centre through the solid cells
 * (walls, furniture, closed doors) and the discs of people and pets; each range gets seeded
 * Gaussian noise. Beam directions are rotated from precomputed offsets with plain arithmetic, so a
 * sweep costs one grid walk per beam and no trigonometry.
 */
final class RangeScanner {
    private final ScannerConfig config;
    private final Floorplan plan;
    private final Random random;
    private final double[] offsetCos;
    private final double[] offsetSin;

    RangeScanner(ScannerConfig config, Floorplan plan, Random random) {
        this.config = config;
        this.plan = plan;
        this.random = random;
        int n = config.beams();
        this.offsetCos = new double[n];
        this.offsetSin = new double[n];
        for (int i = 0; i < n; i++) {
            double a = config.angleMin() + i * config.angleIncrement();
            offsetCos[i] = StrictMath.cos(a);
            offsetSin[i] = StrictMath.sin(a);
        }
    }

    RangeScan sweep(double x, double y, double theta, Crowd crowd) {
        double cosT = StrictMath.cos(theta);
        double sinT = StrictMath.sin(theta);
        double max = config.maxRange();
        double noise = config.rangeNoise();
        float[] ranges = new float[offsetCos.length];
        for (int i = 0; i < ranges.length; i++) {
            double dx = cosT * offsetCos[i] - sinT * offsetSin[i];
            double dy = sinT * offsetCos[i] + cosT * offsetSin[i];
            double r = Math.min(plan.castRay(x, y, dx, dy, max), crowd.castRay(x, y, dx, dy));
            if (r <= max && noise > 0) {
                r = Math.max(0, r + noise * random.nextGaussian());
            }
            ranges[i] = r <= max ? (float) r : Float.POSITIVE_INFINITY;
        }
        return new RangeScan(config.angleMin(), config.angleIncrement(), max, ranges);
    }
}
