package dev.rosie.worldmodel.bench;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Keeps the benchmark working: a small run must produce every figure. No figure is judged here;
 * numbers are for the JSON file (see {@code WorldModelBench} for the full run).
 */
class WorldModelBenchmarkTest {
    @TempDir
    Path tmp;

    @Test
    void should_write_every_figure_to_the_json_file() throws Exception {
        Path out = tmp.resolve("bench/worldmodel.json");
        WorldModelBenchmark.main(new String[] {out.toString(), "--quick"});

        JsonNode json = new ObjectMapper().readTree(out.toFile());
        assertThat(json.path("latencies").properties()).extracting(e -> e.getKey()).containsExactlyInAnyOrder(
                "reference_map_load", "append_room_run_durable", "append_small_run_durable", "append_history_event_durable",
                "snapshot_reference_apartment", "last_completed_cleaning_1m_cells", "last_cleaning_any_outcome_1m_cells",
                "snapshot_last_cleaned_all_rooms_1m_cells", "cells_cleaned_since_week_one_room_1m_cells", "runs_in_one_day_1m_cells");
        assertThat(json.at("/latencies/append_room_run_durable/samples").asInt()).isEqualTo(20);
        assertThat(json.at("/latencies/append_room_run_durable/p99_ms").asDouble())
                .isGreaterThanOrEqualTo(json.at("/latencies/append_room_run_durable/p50_ms").asDouble());
        // The quick run's "large" home is 200 x 200 cells; the full run's is 1000 x 1000.
        assertThat(json.at("/facts/cell_records").asLong()).isEqualTo(200L * 200);
        assertThat(json.at("/facts/cleaning_runs").asLong()).isEqualTo(4 + 500);
        assertThat(json.at("/facts/query_plans/last_completed_cleaning").asText()).contains("cleaning_run_by_room");
        assertThat(json.at("/facts/query_plans/runs_in_a_day").asText()).contains("cleaning_run_by_end");
        assertThat(json.at("/facts/query_plans/last_cleaning_any_outcome").asText()).contains("cleaning_run_by_room_end");
        assertThat(tmp.resolve("bench/work")).doesNotExist();
    }
}
