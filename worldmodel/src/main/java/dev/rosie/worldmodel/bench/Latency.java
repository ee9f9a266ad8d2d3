package dev.rosie.worldmodel.bench;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;

/** Latency figures of one measured operation, in milliseconds. */
public record Latency(int samples, double p50Ms, double p99Ms, double meanMs, double maxMs) {

    /** Nearest-rank percentiles of the given durations (nanoseconds). */
    static Latency of(long[] nanos) {
        if (nanos.length == 0) {
            throw new IllegalArgumentException("no samples");
        }
        long[] sorted = nanos.clone();
        Arrays.sort(sorted);
        double mean = Arrays.stream(sorted).average().orElseThrow();
        return new Latency(sorted.length, ms(rank(sorted, 0.50)), ms(rank(sorted, 0.99)), mean / 1e6, ms(sorted[sorted.length - 1]));
    }

    Map<String, Object> toJson() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("samples", samples);
        m.put("p50_ms", round(p50Ms));
        m.put("p99_ms", round(p99Ms));
        m.put("mean_ms", round(meanMs));
        m.put("max_ms", round(maxMs));
        return m;
    }

    private static long rank(long[] sorted, double p) {
        // Nearest rank, as dev.rosie.core.bench.Stats takes it, on whole nanoseconds.
        int i = (int) Math.ceil(p * sorted.length) - 1;
        return sorted[Math.clamp(i, 0, sorted.length - 1)];
    }

    private static double ms(long nanos) {
        return nanos / 1e6;
    }

    static double round(double v) {
        return Math.round(v * 1000) / 1000.0;
    }
}
