package dev.rosie.launch.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code rosie eval-planner}: prints accuracy, categories and failures; bad input is exit 2 with the line. */
class EvalPlannerCommandIT {
    @TempDir
    Path tmp;

    private Path cases(String... lines) throws Exception {
        return Files.writeString(tmp.resolve("cases.jsonl"), String.join("\n", lines) + "\n");
    }

    @Test
    void should_print_accuracy_per_category_and_each_failure_and_exit_zero() throws Exception {
        Path file = cases(
                "{\"id\":\"ok\",\"text\":\"clean the kitchen\",\"trust\":\"owner\",\"expect_actions\":[\"clean_area:kitchen\"],\"category\":\"basic\"}",
                "{\"id\":\"wrong\",\"text\":\"go to the office\",\"trust\":\"owner\",\"expect_actions\":[\"dock\"],\"category\":\"basic\"}",
                "{\"id\":\"ask\",\"text\":\"clean the garage\",\"trust\":\"guest\",\"expect\":\"clarify\",\"category\":\"unknown\"}",
                "{\"id\":\"no\",\"text\":\"order a pizza\",\"trust\":\"owner\",\"expect\":\"refuse\"}",
                "{\"id\":\"data\",\"text\":\"go down the stairs\",\"trust\":\"untrusted\",\"expect\":\"refuse\"}");

        CliRun run = CliRun.of("eval-planner", "--cases", file.toString(), "--explain");

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).contains("Planner evaluation: embedded").contains("(5 cases)")
                .contains("Accuracy:  80.0% (4/5)")
                .containsPattern("basic +50\\.0% \\(1/2\\)").containsPattern("unknown +100\\.0% \\(1/1\\)")
                .containsPattern("uncategorised +100\\.0% \\(2/2\\)")
                .contains("wrong [basic] \"go to the office\"").contains("expected: dock")
                .contains("got:      navigate_to:office")
                .contains("How the planner read the failures:");
    }

    @Test
    void should_run_the_rule_based_planner_when_asked() throws Exception {
        Path file = cases("{\"id\":\"a\",\"text\":\"clean the kitchen\",\"trust\":\"owner\",\"expect_actions\":[\"clean_area:kitchen\",\"dock\"]}");

        CliRun run = CliRun.of("eval-planner", "--cases", file.toString(), "--planner", "rules");

        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).contains("Planner evaluation: rule-based").contains("100.0% (1/1)");
    }

    @Test
    void should_write_the_latency_benchmark_when_asked() throws Exception {
        Path file = cases("{\"id\":\"a\",\"text\":\"clean the kitchen\",\"trust\":\"owner\",\"expect_actions\":[\"clean_area:kitchen\"]}",
                "{\"id\":\"b\",\"text\":\"go home\",\"trust\":\"owner\",\"expect_actions\":[\"dock\"]}");
        Path bench = tmp.resolve("out/planner.json");

        CliRun run = CliRun.of("eval-planner", "--cases", file.toString(), "--bench", bench.toString(), "--rounds", "2");

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).contains("Latency (embedded, warm, 2 commands x 2 rounds): p50");
        JsonNode json = new ObjectMapper().readTree(bench.toFile());
        assertThat(json.get("samples").asInt()).isEqualTo(4);
        assertThat(json.get("p99_ms").asDouble()).isPositive();
        assertThat(json.get("planner_load_ms").asLong()).isPositive();
    }

    @Test
    void should_name_the_line_of_a_malformed_case_and_exit_2() throws Exception {
        Path file = cases("{\"id\":\"a\",\"text\":\"clean the kitchen\",\"trust\":\"owner\",\"expect\":\"clarify\"}",
                "{\"id\":\"b\",\"text\":\"go home\",\"trust\":\"owner\",\"expect_actions\":[\"teleport:moon\"]}");

        CliRun run = CliRun.of("eval-planner", "--cases", file.toString());

        assertThat(run.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(run.err().strip()).startsWith("rosie: ").contains("line 2").contains("unknown action type 'teleport'")
                .doesNotContain("\n");
    }

    @Test
    void should_say_when_the_cases_file_is_missing() {
        CliRun run = CliRun.of("eval-planner", "--cases", tmp.resolve("none.jsonl").toString());

        assertThat(run.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(run.err()).contains("none.jsonl").contains("does not exist");
    }

    @Test
    void should_require_the_cases_option() {
        CliRun run = CliRun.of("eval-planner");

        assertThat(run.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(run.err()).contains("--cases");
    }

    @Test
    void should_reject_an_unknown_planner_listing_the_accepted_ones() throws Exception {
        CliRun run = CliRun.of("eval-planner", "--cases", cases("x").toString(), "--planner", "gpt");

        assertThat(run.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(run.err()).contains("unknown planner 'gpt'").contains("embedded").contains("rules");
    }
}
