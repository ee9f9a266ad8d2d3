package dev.rosie.launch.bench;

import dev.rosie.core.bench.Stats;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * One measured figure: a stable dotted name ({@code voice.to_first_motion}), what it is in words, the
 * unit, the statistics, the goal if it has one, and details that say how it was measured (clips,
 * model, load) for the JSON.
 */
public record Figure(String name, String description, String unit, Stats stats, Optional<Goal> goal,
        Map<String, Object> detail) {
    private static final Pattern NAME = Pattern.compile("[a-z0-9_]+(\\.[a-z0-9_]+)*");

    public Figure {
        Objects.requireNonNull(name, "name");
        if (!NAME.matcher(name).matches()) {
            throw new IllegalArgumentException("a figure name is lower-case words joined by dots, not '" + name + "'");
        }
        Objects.requireNonNull(description, "description");
        Objects.requireNonNull(unit, "unit");
        Objects.requireNonNull(stats, "stats");
        Objects.requireNonNull(goal, "goal");
        detail = Collections.unmodifiableMap(new LinkedHashMap<>(Objects.requireNonNull(detail, "detail")));
    }

    public static Figure of(String name, String description, String unit, Stats stats) {
        return new Figure(name, description, unit, stats, Optional.empty(), Map.of());
    }

    public Figure withGoal(Goal g) {
        return new Figure(name, description, unit, stats, Optional.of(g), detail);
    }

    public Figure with(String key, Object value) {
        Map<String, Object> more = new LinkedHashMap<>(detail);
        more.put(key, value);
        return new Figure(name, description, unit, stats, goal, more);
    }

    /** Whether the goal was met; empty when the figure has no goal. */
    public Optional<Boolean> met() {
        return goal.map(g -> g.met(stats));
    }

    /** A figure as people read it: three significant digits or so, no exponent. */
    static String number(double v) {
        double a = Math.abs(v);
        if (a >= 1000) {
            return String.format(Locale.ROOT, "%.0f", v);
        }
        if (a >= 100) {
            return String.format(Locale.ROOT, "%.1f", v);
        }
        if (a >= 1) {
            return String.format(Locale.ROOT, "%.2f", v);
        }
        return String.format(Locale.ROOT, "%.3f", v);
    }
}
