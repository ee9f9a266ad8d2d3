package dev.rosie.launch.bench;

import dev.rosie.core.bench.Stats;
import dev.rosie.launch.wiring.EvaluationWorld;
import dev.rosie.planner.bench.PlannerBenchmark;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

/**
 * Command -> plan with the embedded planner (MiniLM), warm, on the reference apartment, measured by
 * planner's {@link PlannerBenchmark}: the benchmark's commands, each planned once per round.
 * Phrasings are embedded afresh every time (only the map's exemplar index is cached), so repeating
 * a command does not make it cheaper.
 */
final class PlannerLatency {
    static final String NAME = "planner.embedded.command_to_plan";
    /** More than the speech set: paraphrases, conjunctions and questions the planner meets. */
    static final List<String> EXTRA = List.of(
            "please vacuum the living room thoroughly",
            "clean the kitchen and the bathroom",
            "could you tidy up the nursery quickly",
            "take the sock to the laundry basket",
            "return to base",
            "wait ten seconds then go to the balcony",
            "close the front door",
            "check on the stove");

    private PlannerLatency() {
    }

    static Benchmark entry() {
        return new Benchmark("planner", "command -> plan, embedded planner (MiniLM), warm", List.of(NAME),
                PlannerLatency::run);
    }

    static List<Figure> run(BenchContext context) {
        Clock clock = Clock.fixed(BenchContext.START, ZoneOffset.UTC);
        List<String> texts = new ArrayList<>(SpeechClips.COMMANDS);
        texts.add(SpeechClips.DEMO_TEXT);
        texts.addAll(EXTRA);
        var planner = context.embeddedPlanner().planner();
        PlannerBenchmark bench = new PlannerBenchmark(planner, EvaluationWorld.snapshot(context.apartment(), clock),
                EvaluationWorld.intake(clock));
        int warmupRounds = context.budget().warmups(3, 1);
        int rounds = context.budget().runs(20, 3);
        double[] ms = bench.samplesMillis(texts, warmupRounds, rounds);
        return List.of(Figure.of(NAME, "command -> plan, embedded planner, warm", "ms",
                        Stats.of(ms, warmupRounds * (ms.length / rounds)))
                .withGoal(Goal.atMost(Goal.Statistic.P50, 50))
                .with("planner", planner.name())
                .with("commands", ms.length / rounds)
                .with("rounds", rounds));
    }
}
