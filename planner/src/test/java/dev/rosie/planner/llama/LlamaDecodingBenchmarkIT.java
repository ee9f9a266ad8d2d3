package dev.rosie.planner.llama;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The benchmark produces every figure; how fast is for the JSON file, not for this test. */
class LlamaDecodingBenchmarkIT {

    @Test
    void should_measure_both_modes_and_write_every_figure(@TempDir Path dir) throws Exception {
        LlamaDecodingBenchmark.Result result = LlamaDecodingBenchmark.runTiny(dir, 30);
        // Like the other modules' benchmarks, the build leaves its figures under target/bench.
        Path file = Path.of("target", "bench", "llama-decoding.json");
        LlamaDecodingBenchmark.write(result, file);

        assertThat(result.constrained().runs()).isEqualTo(30);
        assertThat(result.unconstrained().tokens()).isPositive();
        assertThat(result.constrained().minTokensPerSecond()).isPositive()
                .isLessThanOrEqualTo(result.constrained().p50TokensPerSecond());
        JsonNode json = new ObjectMapper().readTree(file.toFile());
        assertThat(json.path("benchmark").asText()).isEqualTo("llama-grammar-decoding");
        for (String mode : new String[] {"grammar", "free"}) {
            for (String key : new String[] {"runs", "tokens", "min_tokens_per_s", "p50_tokens_per_s", "p99_tokens_per_s",
                    "max_tokens_per_s", "p50_ms_per_token"}) {
                assertThat(json.path(mode).has(key)).as(mode + "." + key).isTrue();
            }
        }
        assertThat(json.has("overhead_percent_p50")).isTrue();
    }
}
