package dev.rosie.launch.bench;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every registered benchmark runs, with the real components (Vosk, MiniLM, Moquette, SQLite, the
 * simulator, espeak-ng speech), on the smallest budget, and produces every figure it promises.
 * Nothing is asserted about the numbers.
 */
class BenchIT {
    @TempDir
    Path tmp;

    @Test
    void should_produce_every_registered_figure() throws Exception {
        List<Benchmark> all = BenchRegistry.standard();
        List<BenchRun.Outcome> outcomes;
        try (BenchContext context = new BenchContext(Budget.SMOKE, tmp.resolve("work"))) {
            outcomes = new BenchRun(System::nanoTime).run(all, context, System.out::println);
        }
        BenchReport report = new BenchReport("rosie bench", Budget.SMOKE, Instant.now(), Machine.current(), outcomes);
        report.write(tmp.resolve("results.json"));

        assertThat(outcomes).allSatisfy(o -> assertThat(o).as(o.toString()).isInstanceOf(BenchRun.Outcome.Ran.class));
        List<String> promised = all.stream().flatMap(b -> b.figures().stream()).toList();
        List<String> written = new ArrayList<>();
        new ObjectMapper().readTree(tmp.resolve("results.json").toFile()).get("figures")
                .forEach((JsonNode f) -> written.add(f.get("name").asText()));
        assertThat(written).containsExactlyElementsOf(promised);
        JsonNode voice = new ObjectMapper().readTree(tmp.resolve("results.json").toFile()).get("figures").get(0);
        assertThat(voice.at("/detail/heard").asText()).isEqualTo(SpeechClips.DEMO_TEXT);
        assertThat(voice.at("/detail/stages_ms").size()).isEqualTo(6);
    }
}
