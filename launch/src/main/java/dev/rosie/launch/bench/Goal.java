package dev.rosie.launch.bench;

import dev.rosie.core.bench.Stats;
import java.util.Locale;
import java.util.Objects;

/**
 * A target a figure is held to, e.g. "p50 <= 150 ms" or "p50 >= 1000 x". Whether it was met is
 * decided on the measured statistic alone.
 */
public record Goal(Statistic statistic, Bound bound, double value) {
    public Goal {
        Objects.requireNonNull(statistic, "statistic");
        Objects.requireNonNull(bound, "bound");
        if (!Double.isFinite(value)) {
            throw new IllegalArgumentException("a goal needs a finite value, not " + value);
        }
    }

    /** Which of a figure's statistics the goal is about. */
    public enum Statistic {
        MIN, P50, P99, MAX;

        double of(Stats s) {
            return switch (this) {
                case MIN -> s.min();
                case P50 -> s.p50();
                case P99 -> s.p99();
                case MAX -> s.max();
            };
        }

        String label() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    public enum Bound {
        AT_MOST("<="), AT_LEAST(">=");

        private final String symbol;

        Bound(String symbol) {
            this.symbol = symbol;
        }
    }

    public static Goal atMost(Statistic statistic, double value) {
        return new Goal(statistic, Bound.AT_MOST, value);
    }

    public static Goal atLeast(Statistic statistic, double value) {
        return new Goal(statistic, Bound.AT_LEAST, value);
    }

    public boolean met(Stats stats) {
        double measured = statistic.of(stats);
        return switch (bound) {
            case AT_MOST -> measured <= value;
            case AT_LEAST -> measured >= value;
        };
    }

    public double measured(Stats stats) {
        return statistic.of(stats);
    }

    /** E.g. {@code p50 <= 150 ms}. */
    public String describe(String unit) {
        String v = value == Math.rint(value) ? String.format(Locale.ROOT, "%.0f", value) : Figure.number(value);
        return statistic.label() + " " + bound.symbol + " " + v + " " + unit;
    }
}
