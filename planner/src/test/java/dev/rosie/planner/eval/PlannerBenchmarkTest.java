package dev.rosie.planner.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.rosie.core.action.Action;
import dev.rosie.core.action.Plan;
import dev.rosie.core.action.Planner;
import dev.rosie.core.testing.TestMaps;
import dev.rosie.core.world.Pose;
import dev.rosie.core.world.RobotState;
import dev.rosie.core.world.WorldSnapshot;
import dev.rosie.planner.bench.PlannerBenchmark;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PlannerBenchmarkTest {
    @TempDir
    Path tmp;

    private final Clock clock = Clock.fixed(Instant.parse("2026-01-01T10:00:00Z"), ZoneOffset.UTC);
    private final WorldSnapshot world = new WorldSnapshot(clock.instant(), TestMaps.twoRooms(),
            new RobotState(new Pose(0.4, 0.6, 0), 1, true), Map.of(), List.of(), List.of());

    @Test
    void should_plan_every_command_in_every_round_and_write_the_percentiles() throws Exception {
        AtomicInteger calls = new AtomicInteger();
        Planner counting = new Planner() {
            @Override
            public String name() {
                return "counting";
            }

            @Override
            public Plan plan(dev.rosie.core.command.Command c, WorldSnapshot w) {
                calls.incrementAndGet();
                return new Plan(c.id(), List.of(new Action.Dock()), "");
            }
        };
        var bench = new PlannerBenchmark(counting, world, Intake.direct(clock));

        PlannerBenchmark.Result r = bench.run(List.of("dock", "stop", " "), 2, 3);
        Path file = tmp.resolve("bench/planner.json");
        PlannerBenchmark.write(r, Map.of("cases_file", "x.jsonl"), file);

        assertThat(calls.get()).as("2 commands (blank text is no command) x (2 warm-up + 3 measured)").isEqualTo(10);
        assertThat(r.samples()).isEqualTo(6);
        assertThat(r.p50Millis()).isLessThanOrEqualTo(r.p99Millis());
        JsonNode json = new ObjectMapper().readTree(file.toFile());
        assertThat(json.get("benchmark").asText()).isEqualTo("planner-latency");
        assertThat(json.get("planner").asText()).isEqualTo("counting");
        assertThat(json.get("samples").asInt()).isEqualTo(6);
        assertThat(json.has("p50_ms")).isTrue();
        assertThat(json.has("p99_ms")).isTrue();
        assertThat(json.get("cases_file").asText()).isEqualTo("x.jsonl");
    }

    @Test
    void should_refuse_a_run_without_rounds_or_commands() {
        var bench = new PlannerBenchmark(new Planner() {
            @Override
            public String name() {
                return "x";
            }

            @Override
            public Plan plan(dev.rosie.core.command.Command c, WorldSnapshot w) {
                return new Plan(c.id(), List.of(new Action.Stop()), "");
            }
        }, world, Intake.direct(clock));
        assertThatThrownBy(() -> bench.run(List.of("dock"), 0, 0)).hasMessageContaining("rounds >= 1");
        assertThatThrownBy(() -> bench.run(List.of(" "), 0, 1)).hasMessageContaining("no commands");
    }
}
