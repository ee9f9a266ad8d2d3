package dev.rosie.launch.cli;

import dev.rosie.core.command.Source;
import dev.rosie.core.command.Trust;
import dev.rosie.core.world.WorldSnapshot;
import dev.rosie.launch.wiring.EvaluationWorld;
import dev.rosie.launch.wiring.Planners;
import dev.rosie.planner.bench.PlannerBenchmark;
import dev.rosie.planner.embedded.EmbeddedPlanner;
import dev.rosie.planner.embedding.ModelFiles;
import dev.rosie.planner.eval.CaseResult;
import dev.rosie.planner.eval.EvalCase;
import dev.rosie.planner.eval.EvalCases;
import dev.rosie.planner.eval.SpokenForm;
import dev.rosie.planner.eval.EvalReport;
import dev.rosie.planner.eval.Intake;
import dev.rosie.planner.eval.PlannerEvaluation;
import dev.rosie.worldmodel.map.LoadedMap;
import dev.rosie.worldmodel.map.RosieMapLoader;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code rosie eval-planner --cases FILE}: runs a labelled evaluation set through a planner against
 * the reference apartment (or {@code --map}), prints accuracy overall and per category and lists
 * every failure. A low score is a result, not an error: the exit code is 0 whenever the set could be
 * run, and 2 only for input that cannot be (a missing file, a malformed case, named by line).
 */
@Command(name = "eval-planner", description = "Measures a planner on a labelled set of commands (JSON Lines).")
public final class EvalPlannerCommand implements Callable<Integer> {

    @Option(names = "--cases", paramLabel = "FILE", required = true,
            description = "Evaluation set: one JSON object per line with id, text, trust and expect_actions or expect")
    Path cases;

    @Option(names = "--explain", description = "Show how the embedded planner read each failed case")
    boolean explain;

    @Option(names = "--bench", paramLabel = "FILE",
            description = "Also measure warm planning latency per command (p50/p90/p99) and write it to FILE as JSON")
    Path bench;

    @Option(names = "--rounds", paramLabel = "N", defaultValue = "5",
            description = "Measured rounds over all cases for --bench (default: ${DEFAULT-VALUE})")
    int rounds;

    @Option(names = "--spoken", description = "Give the planner each command as a speech recogniser writes it:"
            + " lower case, no punctuation, numbers as words")
    boolean spoken;

    @Mixin
    CommonOptions common;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        if (rounds < 1) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(), "--rounds must be at least 1, not " + rounds);
        }
        List<EvalCase> set = new EvalCases().read(cases);
        if (spoken) {
            set = set.stream().map(c -> c.withText(SpokenForm.of(c.text()))).toList();
        }
        Clock clock = Clock.fixed(Instant.now(), ZoneId.systemDefault());
        RosieMapLoader loader = new RosieMapLoader(clock);
        LoadedMap map = common.mapFile().map(loader::load).orElseGet(loader::referenceApartment);
        WorldSnapshot world = EvaluationWorld.snapshot(map, clock);
        Intake intake = EvaluationWorld.intake(clock);
        long loadStart = System.nanoTime();
        try (Planners.Built built = Planners.create(common.plannerChoice(), ModelFiles.defaultCacheRoot())) {
            double loadMillis = (System.nanoTime() - loadStart) / 1e6;
            EvalReport report = new PlannerEvaluation(built.planner(), world, intake).run(cases.toString(), set);
            report.print(out);
            if (explain && built.planner() instanceof EmbeddedPlanner embedded) {
                explainFailures(report, embedded, world, intake, out);
            }
            if (bench != null) {
                benchmark(built, world, intake, set, loadMillis, out);
            }
        }
        return ExitCodes.DONE;
    }

    private static void explainFailures(EvalReport report, EmbeddedPlanner planner, WorldSnapshot world, Intake intake,
            PrintWriter out) {
        out.println();
        out.println("How the planner read the failures:");
        for (CaseResult r : report.failures()) {
            if (intake.admit(r.evalCase().text(), Source.cli("eval", r.evalCase().trust()))
                    instanceof Intake.Admission.Accepted a) {
                out.println("  " + r.evalCase().id() + ":");
                planner.explain(a.command(), world).forEach(line -> out.println("      " + line));
            }
        }
    }

    private void benchmark(Planners.Built built, WorldSnapshot world, Intake intake, List<EvalCase> set,
            double loadMillis, PrintWriter out) {
        List<String> texts = set.stream().filter(c -> c.trust() != Trust.UNTRUSTED).map(EvalCase::text).toList();
        PlannerBenchmark.Result r = new PlannerBenchmark(built.planner(), world, intake).run(texts, 1, rounds);
        Map<String, Object> context = new LinkedHashMap<>();
        context.put("cases_file", cases.toString());
        context.put("planner_load_ms", Math.round(loadMillis));
        PlannerBenchmark.write(r, context, bench);
        out.println();
        out.println(String.format(Locale.ROOT, "Latency (%s, warm, %d commands x %d rounds): p50 %.2f ms, p90 %.2f ms,"
                + " p99 %.2f ms, max %.2f ms; planner load %.0f ms", r.planner(), r.commands(), r.rounds(),
                r.p50Millis(), r.p90Millis(), r.p99Millis(), r.maxMillis(), loadMillis));
        out.println("Benchmark:   " + bench);
    }
}
