package dev.rosie.core.robot;

import java.util.Arrays;

/**
 * One sweep of a planar range finder, laid out like ROS's {@code sensor_msgs/LaserScan}: beam
 * {@code i} points at {@code angleMin + i * angleIncrement} radians in the body frame. A range of
 * {@code +Infinity} means nothing within {@code rangeMax}.
 */
public final class RangeScan {
    private final double angleMin;
    private final double angleIncrement;
    private final double rangeMax;
    private final float[] ranges;

    public RangeScan(double angleMin, double angleIncrement, double rangeMax, float[] ranges) {
        if (!Double.isFinite(angleMin) || !Double.isFinite(angleIncrement) || !(rangeMax > 0) || ranges.length == 0) {
            throw new IllegalArgumentException("a scan needs finite angles, a positive range and at least one beam");
        }
        this.angleMin = angleMin;
        this.angleIncrement = angleIncrement;
        this.rangeMax = rangeMax;
        this.ranges = ranges.clone();
    }

    public double angleMin() { return angleMin; }
    public double angleIncrement() { return angleIncrement; }
    public double rangeMax() { return rangeMax; }
    public int beams() { return ranges.length; }

    public float range(int beam) {
        return ranges[beam];
    }

    public double angle(int beam) {
        return angleMin + beam * angleIncrement;
    }

    /** A copy of all ranges. */
    public float[] ranges() {
        return ranges.clone();
    }

    /** The shortest range among the beams within {@code halfWidth} radians of straight ahead. */
    public double nearestAhead(double halfWidth) {
        double best = Double.POSITIVE_INFINITY;
        for (int i = 0; i < ranges.length; i++) {
            if (Math.abs(dev.rosie.core.world.Pose.normalizeAngle(angle(i))) <= halfWidth) {
                best = Math.min(best, ranges[i]);
            }
        }
        return best;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof RangeScan s && s.angleMin == angleMin && s.angleIncrement == angleIncrement
                && s.rangeMax == rangeMax && Arrays.equals(s.ranges, ranges);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(ranges) * 31 + Double.hashCode(angleMin);
    }

    @Override
    public String toString() {
        return "RangeScan[" + ranges.length + " beams, max " + rangeMax + " m]";
    }
}
