package dev.rosie.launch.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.rosie.launch.bench.BenchRegistry;
import dev.rosie.launch.bench.Benchmark;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code rosie bench} on a subset that needs no model (guard, motion, world model), as the CLI runs
 * it: the JSON's structure, every promised figure present, the table printed, and bad options
 * refused with exit code 2. What the numbers are is not checked: that is what the file is for.
 */
class BenchCommandTest {
    @TempDir
    Path tmp;

    @Test
    void should_write_every_promised_figure_of_the_chosen_benchmarks_with_its_statistics() throws Exception {
        Path out = tmp.resolve("bench/results.json");

        CliRun run = CliRun.of("bench", "--quick", "--only", "guard,motion,worldmodel", "--out", out.toString());

        assertThat(run.exitCode()).as(run.out() + run.err()).isEqualTo(ExitCodes.DONE);
        JsonNode json = new ObjectMapper().readTree(out.toFile());
        assertThat(json.get("command").asText()).isEqualTo("rosie bench --quick --only guard,motion,worldmodel --out " + out);
        assertThat(json.get("budget").asText()).isEqualTo("quick");
        assertThat(json.get("date").asText()).isNotBlank();
        assertThat(json.at("/machine/cpus").asInt()).isEqualTo(Runtime.getRuntime().availableProcessors());
        assertThat(json.at("/machine/jdk").asText()).isEqualTo(Runtime.version().toString());
        assertThat(json.at("/machine/os").asText()).contains(System.getProperty("os.name"));
        assertThat(json.get("benchmarks")).extracting(b -> b.get("name").asText() + ":" + b.get("status").asText())
                .containsExactly("guard:ran", "motion:ran", "worldmodel:ran");

        List<String> promised = new ArrayList<>();
        BenchRegistry.select(BenchRegistry.standard(), List.of("guard", "motion", "worldmodel"))
                .forEach(b -> promised.addAll(b.figures()));
        List<String> names = new ArrayList<>();
        for (JsonNode f : json.get("figures")) {
            names.add(f.get("name").asText());
            assertThat(f.get("unit").asText()).isNotBlank();
            assertThat(f.get("runs").asInt()).isPositive();
            assertThat(f.get("warmups").asInt()).isPositive();
            double min = f.get("min").asDouble();
            double p50 = f.get("p50").asDouble();
            double p99 = f.get("p99").asDouble();
            double max = f.get("max").asDouble();
            assertThat(min).isLessThanOrEqualTo(p50);
            assertThat(p50).isLessThanOrEqualTo(p99);
            assertThat(p99).isLessThanOrEqualTo(max);
        }
        assertThat(names).containsExactlyElementsOf(promised);
        JsonNode guard = json.get("figures").get(0);
        assertThat(guard.get("goal").asText()).isEqualTo("p99 <= 50 us");
        assertThat(guard.get("goal_met").isBoolean()).isTrue();
        assertThat(run.out()).contains("guard.check_per_step").contains("p50").contains("Machine: ");
        assertThat(tmp.resolve("bench")).isDirectoryContaining(p -> p.getFileName().toString().equals("results.json"));
        try (var left = Files.list(tmp.resolve("bench"))) {
            assertThat(left.map(p -> p.getFileName().toString())).as("scratch worlds are removed").containsExactly("results.json");
        }

        CliRun table = CliRun.of("bench", "--markdown", out.toString());
        assertThat(table.exitCode()).isEqualTo(ExitCodes.DONE);
        assertThat(table.out()).contains("| figure | p50 | p99 |").contains("`guard.check_per_step`")
                .contains("p99 <= 50 us").contains("Command: `rosie bench --quick").contains("Machine: ");
        assertThat(table.out().lines().filter(l -> l.startsWith("| ") && l.contains("(`"))).hasSize(promised.size());
    }

    @Test
    void should_refuse_to_make_a_table_from_a_file_that_is_not_a_results_file() throws Exception {
        Path notResults = Files.writeString(tmp.resolve("other.json"), "{\"benchmark\": \"guard\"}");

        CliRun run = CliRun.of("bench", "--markdown", notResults.toString());
        CliRun missing = CliRun.of("bench", "--markdown", tmp.resolve("nope.json").toString());

        assertThat(run.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(run.err()).contains("other.json").contains("not a rosie bench results file");
        assertThat(missing.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(missing.err()).contains("nope.json");
    }

    @Test
    void should_list_every_registered_benchmark_and_its_figures() {
        CliRun run = CliRun.of("bench", "--list");

        assertThat(run.exitCode()).isEqualTo(ExitCodes.DONE);
        for (Benchmark b : BenchRegistry.standard()) {
            assertThat(run.out()).contains(b.name());
            b.figures().forEach(f -> assertThat(run.out()).contains(f));
        }
    }

    @Test
    void should_refuse_an_unknown_benchmark_naming_the_known_ones_with_exit_code_2() {
        CliRun run = CliRun.of("bench", "--only", "guard,warp-drive", "--out", tmp.resolve("r.json").toString());

        assertThat(run.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(run.err()).contains("warp-drive").contains("voice-to-motion").contains("guard");
        assertThat(tmp.resolve("r.json")).doesNotExist();
    }

    @Test
    void should_refuse_an_unknown_option_and_a_directory_as_the_output_with_exit_code_2() {
        CliRun unknown = CliRun.of("bench", "--fast");
        CliRun directory = CliRun.of("bench", "--quick", "--out", tmp.toString());
        CliRun missing = CliRun.of("bench", "--out");

        assertThat(unknown.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(unknown.err()).contains("--fast");
        assertThat(directory.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(directory.err()).contains("is a directory");
        assertThat(missing.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(missing.err()).contains("--out");
    }
}
