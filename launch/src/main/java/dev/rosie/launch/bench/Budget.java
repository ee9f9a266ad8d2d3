package dev.rosie.launch.bench;

import java.util.Locale;

/**
 * How many runs a benchmark makes: {@link #FULL} for the README's figures, {@link #QUICK} for the
 * CI smoke test (every figure produced, in under two minutes on two cores), {@link #SMOKE} for tests
 * of the bench machinery itself. Entries state their full and quick counts; smoke is a tenth of quick.
 */
public enum Budget {
    FULL, QUICK, SMOKE;

    /** The run count for this budget, given the counts for a full and a quick run. */
    public int runs(int full, int quick) {
        if (full < 1 || quick < 1) {
            throw new IllegalArgumentException("run counts must be positive, not " + full + " and " + quick);
        }
        return switch (this) {
            case FULL -> full;
            case QUICK -> quick;
            case SMOKE -> Math.max(2, quick / 10);
        };
    }

    /** The warm-up count (may be zero for a smoke run, never for the others). */
    public int warmups(int full, int quick) {
        return switch (this) {
            case FULL -> full;
            case QUICK -> quick;
            case SMOKE -> Math.min(1, quick);
        };
    }

    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }
}
