package dev.rosie.launch.eval;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rosie.core.world.WorldSnapshot;
import dev.rosie.launch.wiring.EvaluationWorld;
import dev.rosie.launch.wiring.PlannerChoice;
import dev.rosie.launch.wiring.Planners;
import dev.rosie.planner.bench.PlannerBenchmark;
import dev.rosie.planner.embedding.ModelFiles;
import dev.rosie.planner.eval.EvalCase;
import dev.rosie.planner.eval.EvalCases;
import dev.rosie.planner.eval.EvalReport;
import dev.rosie.planner.eval.Intake;
import dev.rosie.planner.eval.PlannerEvaluation;
import dev.rosie.planner.eval.SpokenForm;
import dev.rosie.worldmodel.map.RosieMapLoader;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The accuracy floors: the embedded planner on the project's evaluation set and on the held-out
 * set, against the reference apartment. The floors are the accuracy measured when they were set
 * (README, "The embedded planner"), so any regression fails the build; raise them when the planner
 * gets better. Also writes the warm latency benchmark to {@code target/bench/planner.json}.
 */
class EmbeddedPlannerEvalIT {
    static final Path EVAL = Path.of("..", "planner", "src", "test", "resources", "eval");
    /** Measured: 216 of 219 (98.6%). */
    static final int PROJECT_SET_FLOOR = 216;
    /** Measured: 61 of 65 (93.8%); 60 (92.3%) the first time it was run, before one fix. */
    static final int HOLDOUT_FLOOR = 61;

    /**
     * The spoken held-out set (lower case, no punctuation, run-on speech), written by another
     * engineer who had not read the planner: 30 of 45 (66.7%) the first time it was run (20 of 45,
     * 44.4%, with the run-on cuts switched off); 36 of 45 (80.0%) after fixes made while looking at
     * its failures, so from then on it is a development set too; 37 (82.2%) once "do the ..." was
     * read as an instruction.
     */
    static final int SPOKEN_HOLDOUT_FLOOR = 37;

    /**
     * A second spoken held-out set, written blind (from the apartment and the action list only) once
     * the first had become a development set: 39 of 60 (65.0%) on its first run. Still held out: no
     * planner change has been made while looking at its failures.
     */
    static final int SPOKEN_HOLDOUT_2_FLOOR = 39;

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-03-01T09:00:00Z"), ZoneOffset.UTC);
    private static Planners.Built embedded;
    private static WorldSnapshot world;
    private static Intake intake;

    @BeforeAll
    static void load() {
        world = EvaluationWorld.snapshot(new RosieMapLoader(CLOCK).referenceApartment(), CLOCK);
        intake = EvaluationWorld.intake(CLOCK);
        embedded = Planners.create(PlannerChoice.EMBEDDED, ModelFiles.defaultCacheRoot());
    }

    @AfterAll
    static void close() {
        embedded.close();
    }

    private static EvalReport run(Planners.Built planner, String file) {
        return run(planner, file, false);
    }

    /** With {@code spoken}, every command as a recogniser writes it ({@link SpokenForm}). */
    private static EvalReport run(Planners.Built planner, String file, boolean spoken) {
        List<EvalCase> cases = new EvalCases().read(EVAL.resolve(file)).stream()
                .map(c -> spoken ? c.withText(SpokenForm.of(c.text())) : c).toList();
        EvalReport report = new PlannerEvaluation(planner.planner(), world, intake).run(file, cases);
        StringWriter text = new StringWriter();
        report.print(new PrintWriter(text, true));
        System.out.println(text);
        return report;
    }

    @Test
    void should_keep_the_project_set_at_or_above_its_measured_accuracy() {
        EvalReport report = run(embedded, "planner-cases.jsonl");
        assertThat(report.results()).hasSizeGreaterThanOrEqualTo(150);
        assertThat(report.overall().passed()).as(report.failures().stream()
                .map(f -> f.evalCase().id() + " " + f.answer().describe()).toList().toString())
                .isGreaterThanOrEqualTo(PROJECT_SET_FLOOR);
        assertThat(report.accuracy()).isGreaterThanOrEqualTo(0.95);
    }

    @Test
    void should_keep_the_held_out_set_at_or_above_its_measured_accuracy() {
        EvalReport report = run(embedded, "planner-cases-holdout.jsonl");
        assertThat(report.overall().passed()).isGreaterThanOrEqualTo(HOLDOUT_FLOOR);
    }

    @Test
    void should_read_the_project_set_as_well_without_punctuation_as_with_it() {
        EvalReport report = run(embedded, "planner-cases.jsonl", true);
        assertThat(report.overall().passed()).as(report.failures().stream()
                .map(f -> f.evalCase().id() + " " + f.answer().describe()).toList().toString())
                .isGreaterThanOrEqualTo(PROJECT_SET_FLOOR);
    }

    @Test
    void should_read_the_held_out_set_as_well_without_punctuation_as_with_it() {
        assertThat(run(embedded, "planner-cases-holdout.jsonl", true).overall().passed())
                .isGreaterThanOrEqualTo(HOLDOUT_FLOOR);
    }

    @Test
    void should_keep_the_spoken_held_out_set_at_or_above_its_measured_accuracy() {
        EvalReport report = run(embedded, "planner-cases-spoken-holdout.jsonl");
        assertThat(report.results()).hasSize(45);
        assertThat(report.overall().passed()).isGreaterThanOrEqualTo(SPOKEN_HOLDOUT_FLOOR);
    }

    @Test
    void should_keep_the_second_spoken_held_out_set_at_or_above_its_first_run() {
        EvalReport report = run(embedded, "planner-cases-spoken-holdout-2.jsonl");
        assertThat(report.results()).hasSize(60);
        assertThat(report.overall().passed()).isGreaterThanOrEqualTo(SPOKEN_HOLDOUT_2_FLOOR);
    }

    @Test
    void should_run_the_rule_based_fallback_through_the_same_harness() {
        try (Planners.Built rules = Planners.create(PlannerChoice.RULES, ModelFiles.defaultCacheRoot())) {
            EvalReport report = run(rules, "planner-cases.jsonl");
            assertThat(report.planner()).isEqualTo("rule-based");
            assertThat(report.results()).hasSize(report.overall().total());
            assertThat(report.accuracy()).as("the fallback is far weaker; that is why it is not the default")
                    .isLessThan(run(embedded, "planner-cases.jsonl").accuracy());
        }
    }

    @Test
    void should_write_the_warm_latency_benchmark() {
        List<String> texts = new EvalCases().read(EVAL.resolve("planner-cases.jsonl")).stream().map(EvalCase::text).toList();
        PlannerBenchmark.Result r = new PlannerBenchmark(embedded.planner(), world, intake).run(texts, 1, 3);
        Path file = Path.of("target", "bench", "planner.json");
        PlannerBenchmark.write(r, Map.of("cases_file", "planner/src/test/resources/eval/planner-cases.jsonl"), file);
        assertThat(file).exists();
        assertThat(r.samples()).isEqualTo(3 * r.commands());
    }
}
