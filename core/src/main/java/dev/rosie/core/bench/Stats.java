package dev.rosie.core.bench;

import java.util.Arrays;

/**
 * The summary of one measured figure: how many runs were measured, how many warm-up runs before
 * them were discarded, and the smallest, median (p50), 99th-percentile (p99) and largest value, in
 * whatever unit the samples were in. Percentiles are nearest-rank: always one of the measured
 * values, never an interpolation between two of them.
 */
public record Stats(int runs, int warmups, double min, double p50, double p99, double max) {
    public Stats {
        if (runs < 1) {
            throw new IllegalArgumentException("a figure needs at least one measured run, not " + runs);
        }
        if (warmups < 0) {
            throw new IllegalArgumentException("warm-up runs cannot be negative: " + warmups);
        }
        if (!(min <= p50 && p50 <= p99 && p99 <= max)) {
            throw new IllegalArgumentException("figures out of order: min " + min + ", p50 " + p50 + ", p99 " + p99
                    + ", max " + max);
        }
    }

    /** The summary of {@code samples} (any order; the array is not changed). */
    public static Stats of(double[] samples, int warmups) {
        if (samples.length == 0) {
            throw new IllegalArgumentException("no samples to summarise");
        }
        for (double s : samples) {
            if (!Double.isFinite(s)) {
                throw new IllegalArgumentException("a sample is not a number: " + s);
            }
        }
        double[] sorted = samples.clone();
        Arrays.sort(sorted);
        return new Stats(sorted.length, warmups, sorted[0], nearestRank(sorted, 0.50), nearestRank(sorted, 0.99),
                sorted[sorted.length - 1]);
    }

    /** The summary of durations in nanoseconds, expressed in units of {@code nanosPerUnit} (1e6: milliseconds). */
    public static Stats ofNanos(long[] nanos, int warmups, double nanosPerUnit) {
        if (!(nanosPerUnit > 0)) {
            throw new IllegalArgumentException("nanoseconds per unit must be positive, not " + nanosPerUnit);
        }
        double[] values = new double[nanos.length];
        for (int i = 0; i < nanos.length; i++) {
            values[i] = nanos[i] / nanosPerUnit;
        }
        return of(values, warmups);
    }

    /**
     * The nearest-rank percentile {@code q} (0 < q <= 1) of ascending {@code sorted} values: the
     * smallest value with at least {@code q} of the values at or below it.
     */
    public static double nearestRank(double[] sorted, double q) {
        if (sorted.length == 0) {
            throw new IllegalArgumentException("no values");
        }
        if (!(q > 0 && q <= 1)) {
            throw new IllegalArgumentException("a percentile is in (0, 1], not " + q);
        }
        int rank = (int) Math.ceil(q * sorted.length);
        return sorted[Math.clamp(rank - 1, 0, sorted.length - 1)];
    }

    /** The same figure in another unit ({@code factor} 1000: milliseconds to microseconds). */
    public Stats scaled(double factor) {
        if (!(factor > 0)) {
            throw new IllegalArgumentException("a unit factor must be positive, not " + factor);
        }
        return new Stats(runs, warmups, min * factor, p50 * factor, p99 * factor, max * factor);
    }
}
