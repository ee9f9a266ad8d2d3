package dev.rosie.launch.bench;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.LongSupplier;

/**
 * Runs benchmarks one after another in one thread (two cores are all there is; running them side by
 * side would measure each other). A benchmark that throws, or returns other figures than it
 * promised, is {@link Outcome.Failed}; the rest still run.
 */
public final class BenchRun {
    /** What became of one benchmark. */
    public sealed interface Outcome {
        Benchmark benchmark();

        double seconds();

        record Ran(Benchmark benchmark, List<Figure> figures, double seconds) implements Outcome {
            public Ran {
                Objects.requireNonNull(benchmark, "benchmark");
                figures = List.copyOf(figures);
            }
        }

        record Failed(Benchmark benchmark, String error, double seconds) implements Outcome {
            public Failed {
                Objects.requireNonNull(benchmark, "benchmark");
                Objects.requireNonNull(error, "error");
            }
        }
    }

    private final LongSupplier nanoTime;

    public BenchRun(LongSupplier nanoTime) {
        this.nanoTime = Objects.requireNonNull(nanoTime, "nanoTime");
    }

    public List<Outcome> run(List<Benchmark> benchmarks, BenchContext context, Consumer<String> progress) {
        List<Outcome> outcomes = new ArrayList<>();
        for (Benchmark b : benchmarks) {
            progress.accept("bench: " + b.name() + " (" + b.measures() + ") ...");
            long start = nanoTime.getAsLong();
            Outcome outcome;
            try {
                List<Figure> figures = b.runner().run(context);
                outcome = check(b, figures, seconds(start));
            } catch (Exception | LinkageError e) {
                // A native library that will not load (UnsatisfiedLinkError) fails this entry, not the run.
                outcome = new Outcome.Failed(b, e.getClass().getSimpleName() + ": " + e.getMessage(), seconds(start));
            }
            progress.accept(switch (outcome) {
                case Outcome.Ran r -> String.format(java.util.Locale.ROOT, "bench: %s done in %.1f s", b.name(), r.seconds());
                case Outcome.Failed f -> String.format(java.util.Locale.ROOT, "bench: %s FAILED after %.1f s: %s", b.name(),
                        f.seconds(), f.error());
            });
            outcomes.add(outcome);
        }
        return List.copyOf(outcomes);
    }

    private static Outcome check(Benchmark b, List<Figure> figures, double seconds) {
        List<String> names = figures.stream().map(Figure::name).toList();
        Set<String> produced = new HashSet<>(names);
        if (produced.size() != names.size() || !produced.equals(new HashSet<>(b.figures()))) {
            return new Outcome.Failed(b, "produced figures " + names + " but promised " + b.figures(), seconds);
        }
        return new Outcome.Ran(b, figures, seconds);
    }

    private double seconds(long start) {
        return (nanoTime.getAsLong() - start) / 1e9;
    }
}
