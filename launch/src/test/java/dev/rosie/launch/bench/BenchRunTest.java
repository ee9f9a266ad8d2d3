package dev.rosie.launch.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.rosie.core.InvalidInputException;
import dev.rosie.core.bench.Stats;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BenchRunTest {
    @TempDir
    Path tmp;

    private final AtomicLong now = new AtomicLong();
    private final Machine machine = new Machine("25", "test", 2, "cpu", "Linux", 1024, 0.5);

    private static Benchmark bench(String name, List<String> figures, Benchmark.Runner runner) {
        return new Benchmark(name, "measures " + name, figures, runner);
    }

    private static Figure figure(String name, double p50) {
        return Figure.of(name, name, "ms", new Stats(10, 2, 1, p50, p50 + 1, p50 + 2));
    }

    @Test
    void should_report_a_throwing_benchmark_as_failed_and_still_run_the_others() throws Exception {
        List<String> lines = new ArrayList<>();
        Benchmark broken = bench("broken", List.of("broken.x"), c -> {
            throw new IllegalStateException("no model here");
        });
        Benchmark fine = bench("fine", List.of("fine.latency"), c -> {
            now.addAndGet(2_000_000_000L);
            return List.of(figure("fine.latency", 120).withGoal(Goal.atMost(Goal.Statistic.P50, 150)));
        });

        List<BenchRun.Outcome> outcomes;
        try (BenchContext context = new BenchContext(Budget.SMOKE, tmp.resolve("work"))) {
            outcomes = new BenchRun(now::get).run(List.of(broken, fine), context, lines::add);
        }
        BenchReport report = new BenchReport("rosie bench", Budget.SMOKE, Instant.parse("2026-11-22T10:00:00Z"), machine,
                outcomes);
        Path out = tmp.resolve("results.json");
        report.write(out);

        assertThat(report.allRan()).isFalse();
        assertThat(outcomes.get(0)).isInstanceOf(BenchRun.Outcome.Failed.class);
        assertThat(outcomes.get(1)).isInstanceOf(BenchRun.Outcome.Ran.class);
        assertThat(outcomes.get(1).seconds()).isEqualTo(2.0);
        assertThat(lines).anyMatch(l -> l.contains("broken FAILED") && l.contains("no model here"));
        JsonNode json = new ObjectMapper().readTree(out.toFile());
        assertThat(json.at("/benchmarks/0/status").asText()).isEqualTo("failed");
        assertThat(json.at("/benchmarks/0/error").asText()).contains("no model here");
        assertThat(json.at("/benchmarks/1/status").asText()).isEqualTo("ran");
        assertThat(json.get("figures")).hasSize(1);
        assertThat(json.at("/figures/0/goal").asText()).isEqualTo("p50 <= 150 ms");
        assertThat(json.at("/figures/0/goal_met").asBoolean()).isTrue();
        assertThat(tmp.resolve("work")).doesNotExist();
    }

    @Test
    void should_fail_a_benchmark_that_does_not_produce_the_figures_it_promised() {
        Benchmark liar = bench("liar", List.of("liar.a", "liar.b"), c -> List.of(figure("liar.a", 1)));

        List<BenchRun.Outcome> outcomes;
        try (BenchContext context = new BenchContext(Budget.SMOKE, tmp.resolve("work"))) {
            outcomes = new BenchRun(now::get).run(List.of(liar), context, l -> { });
        }

        assertThat(outcomes.getFirst()).isInstanceOfSatisfying(BenchRun.Outcome.Failed.class,
                f -> assertThat(f.error()).contains("liar.a").contains("liar.b"));
    }

    @Test
    void should_print_unmet_goals_plainly_and_list_what_failed() {
        Benchmark slow = bench("slow", List.of("slow.p50"), c -> List.of(
                figure("slow.p50", 180).withGoal(Goal.atMost(Goal.Statistic.P50, 150))));
        Benchmark gone = bench("gone", List.of("gone.x"), c -> {
            throw new UnsatisfiedLinkError("libvosk.so");
        });
        List<BenchRun.Outcome> outcomes;
        try (BenchContext context = new BenchContext(Budget.SMOKE, tmp.resolve("work"))) {
            outcomes = new BenchRun(now::get).run(List.of(slow, gone), context, l -> { });
        }
        var text = new java.io.StringWriter();
        new BenchReport("rosie bench", Budget.FULL, Instant.EPOCH, machine, outcomes).print(new java.io.PrintWriter(text));

        assertThat(text.toString()).contains("slow.p50").contains("p50 <= 150 ms").contains("NO")
                .contains("FAILED gone").contains("libvosk.so").contains("gone.x");
    }

    @Test
    void should_judge_goals_on_the_named_statistic() {
        Stats s = new Stats(100, 10, 1, 2, 40, 60);

        assertThat(Goal.atMost(Goal.Statistic.P99, 50).met(s)).isTrue();
        assertThat(Goal.atMost(Goal.Statistic.MAX, 50).met(s)).isFalse();
        assertThat(Goal.atLeast(Goal.Statistic.P50, 1000).met(s)).isFalse();
        assertThat(Goal.atLeast(Goal.Statistic.P50, 1000).describe("x")).isEqualTo("p50 >= 1000 x");
    }

    @Test
    void should_refuse_badly_named_benchmarks_and_figures_and_unknown_selections() {
        assertThatThrownBy(() -> bench("Bad Name", List.of("a"), c -> List.of())).hasMessageContaining("Bad Name");
        assertThatThrownBy(() -> bench("dup", List.of("a", "a"), c -> List.of())).hasMessageContaining("distinct");
        assertThatThrownBy(() -> figure("Not A Name", 1)).hasMessageContaining("Not A Name");
        assertThatThrownBy(() -> BenchRegistry.select(BenchRegistry.standard(), List.of("guard", "nope")))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("nope").hasMessageContaining("voice-to-motion");
    }

    @Test
    void should_keep_the_registry_in_order_with_unique_names_and_figures() {
        List<Benchmark> all = BenchRegistry.standard();

        assertThat(all.getFirst().name()).as("the headline first").isEqualTo("voice-to-motion");
        assertThat(all).extracting(Benchmark::name).doesNotHaveDuplicates();
        assertThat(all.stream().flatMap(b -> b.figures().stream()).toList()).doesNotHaveDuplicates()
                .contains("voice.to_first_motion", "speech.grammar.end_of_utterance_to_transcript",
                        "speech.free_form.end_of_utterance_to_transcript", "planner.embedded.command_to_plan",
                        "guard.check_per_step", "sim.realtime_factor_full_clean", "sim.camera_frames_per_second",
                        "worldmodel.append_room_run_durable", "mqtt.command_round_trip_embedded",
                        "motion.control_tick", "motion.global_path_planning", "missions.full_apartment_realtime_factor");
    }
}
