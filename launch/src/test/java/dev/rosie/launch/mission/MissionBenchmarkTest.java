package dev.rosie.launch.mission;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.rosie.planner.rules.RuleBasedPlanner;
import dev.rosie.safety.PolicyLoader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The benchmark runs a mission and writes its figures; the figures themselves are not asserted. */
class MissionBenchmarkTest {
    @TempDir
    Path dir;

    @Test
    void should_write_the_simulation_speed_of_a_mission_to_a_json_file() throws IOException {
        Path f = dir.resolve("m.yaml");
        Files.writeString(f, """
                name: bench-smoke
                world: {map: reference}
                residents: map
                timeline:
                  - at: 0s
                    say: {text: "go to the kitchen", as: owner}
                """);
        Mission m = new MissionLoader(new MissionMaps(Clock.systemUTC())).load(f);
        Path json = dir.resolve("bench.json");

        MissionBenchmark.Result r = MissionBenchmark.run(m, new PolicyLoader().loadReference(), new RuleBasedPlanner(), 2,
                dir.resolve("work"), json);

        assertThat(r.speeds()).hasSize(2);
        assertThat(r.ticks()).isPositive();
        JsonNode doc = new ObjectMapper().readTree(json.toFile());
        assertThat(doc.path("mission").asText()).isEqualTo("bench-smoke");
        assertThat(doc.path("median_sim_seconds_per_wall_second").asDouble()).isPositive();
        assertThat(doc.path("ticks_per_wall_second").asLong()).isPositive();
    }
}
