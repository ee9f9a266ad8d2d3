package dev.rosie.planner.bench;

import dev.rosie.core.action.Planner;
import dev.rosie.core.bench.Stats;
import dev.rosie.core.command.Command;
import dev.rosie.core.command.Source;
import dev.rosie.core.command.Trust;
import dev.rosie.core.world.WorldSnapshot;
import dev.rosie.planner.eval.Intake;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Planning latency per command, warm: every command is planned {@code warmupRounds} times unmeasured
 * (the model, the per-map exemplar index and the embedding cache fill up), then {@code rounds} times
 * measured. Reports percentiles (nearest rank) and writes them as JSON. Numbers go to a file, never
 * into assertions: a benchmark measures, a test checks behaviour.
 */
public final class PlannerBenchmark {
    public static final String PRINCIPAL = "bench";

    /** Latency of one run, in milliseconds. */
    public record Result(String planner, int commands, int warmupRounds, int rounds, int samples, double p50Millis,
            double p90Millis, double p99Millis, double meanMillis, double maxMillis) {
    }

    private final Planner planner;
    private final WorldSnapshot world;
    private final Intake intake;

    public PlannerBenchmark(Planner planner, WorldSnapshot world, Intake intake) {
        this.planner = Objects.requireNonNull(planner, "planner");
        this.world = Objects.requireNonNull(world, "world");
        this.intake = Objects.requireNonNull(intake, "intake");
    }

    /** Plans every command as the owner would say it; text the intake rejects is left out. */
    public Result run(List<String> texts, int warmupRounds, int rounds) {
        List<Command> commands = admitted(texts);
        double[] ms = samplesMillis(texts, warmupRounds, rounds);
        Stats stats = Stats.of(ms, warmupRounds * commands.size());
        return new Result(planner.name(), commands.size(), warmupRounds, rounds, ms.length, stats.p50(),
                percentile(sorted(ms), 0.90), stats.p99(), Arrays.stream(ms).average().orElse(0), stats.max());
    }

    /**
     * Every measured planning time, in milliseconds, in the order measured: {@code warmupRounds}
     * unmeasured rounds over all commands, then {@code rounds} measured ones.
     */
    public double[] samplesMillis(List<String> texts, int warmupRounds, int rounds) {
        if (warmupRounds < 0 || rounds < 1) {
            throw new IllegalArgumentException("a benchmark needs rounds >= 1 and warm-up rounds >= 0, not "
                    + rounds + " and " + warmupRounds);
        }
        List<Command> commands = admitted(texts);
        for (int r = 0; r < warmupRounds; r++) {
            commands.forEach(c -> planner.plan(c, world));
        }
        double[] ms = new double[commands.size() * rounds];
        int i = 0;
        for (int r = 0; r < rounds; r++) {
            for (Command c : commands) {
                long start = System.nanoTime();
                planner.plan(c, world);
                ms[i++] = (System.nanoTime() - start) / 1e6;
            }
        }
        return ms;
    }

    private List<Command> admitted(List<String> texts) {
        List<Command> commands = new ArrayList<>();
        for (String t : texts) {
            if (intake.admit(t, Source.cli(PRINCIPAL, Trust.OWNER)) instanceof Intake.Admission.Accepted a) {
                commands.add(a.command());
            }
        }
        if (commands.isEmpty()) {
            throw new IllegalArgumentException("no commands to measure");
        }
        return commands;
    }

    private static double[] sorted(double[] values) {
        double[] s = values.clone();
        Arrays.sort(s);
        return s;
    }

    /** Nearest-rank percentile of sorted values. */
    static double percentile(double[] sorted, double q) {
        return Stats.nearestRank(sorted, q);
    }

    /** Writes the result and the context it was measured in (machine, model, cases) as JSON. */
    public static void write(Result result, Map<String, Object> context, Path file) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("benchmark", "planner-latency");
        json.put("planner", result.planner());
        json.put("commands", result.commands());
        json.put("warmup_rounds", result.warmupRounds());
        json.put("rounds", result.rounds());
        json.put("samples", result.samples());
        json.put("p50_ms", round(result.p50Millis()));
        json.put("p90_ms", round(result.p90Millis()));
        json.put("p99_ms", round(result.p99Millis()));
        json.put("mean_ms", round(result.meanMillis()));
        json.put("max_ms", round(result.maxMillis()));
        json.putAll(context);
        BenchJson.writeWithMachine(json, file);
    }

    private static double round(double ms) {
        return Math.round(ms * 1000) / 1000.0;
    }
}
