package dev.rosie.launch.bench;

import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * One entry of {@code rosie bench}: a name to select it by, what it measures, the names of the
 * figures it promises, and the code that measures them. A run that returns a different set of
 * figures than promised counts as failed, so a figure cannot silently go missing from the report.
 */
public record Benchmark(String name, String measures, List<String> figures, Runner runner) {
    private static final Pattern NAME = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

    /** Measures, with the run counts of {@code context.budget()}, and returns the promised figures. */
    @FunctionalInterface
    public interface Runner {
        List<Figure> run(BenchContext context) throws Exception;
    }

    public Benchmark {
        Objects.requireNonNull(name, "name");
        if (!NAME.matcher(name).matches()) {
            throw new IllegalArgumentException("a benchmark name is lower-case words joined by '-', not '" + name + "'");
        }
        Objects.requireNonNull(measures, "measures");
        figures = List.copyOf(figures);
        if (figures.isEmpty() || figures.stream().distinct().count() != figures.size()) {
            throw new IllegalArgumentException("benchmark " + name + " must promise distinct figures, not " + figures);
        }
        Objects.requireNonNull(runner, "runner");
    }
}
