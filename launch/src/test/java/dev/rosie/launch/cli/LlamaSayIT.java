package dev.rosie.launch.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code rosie say ... --planner llama --model FILE.gguf} end to end with the tiny random model. */
class LlamaSayIT {
    @TempDir
    Path data;

    private CliRun say(String... args) {
        String[] all = Arrays.copyOf(new String[] {"say"}, args.length + 3);
        System.arraycopy(args, 0, all, 1, args.length);
        all[args.length + 1] = "--data";
        all[args.length + 2] = data.toString();
        return CliRun.of(all);
    }

    @Test
    void should_plan_with_the_tiny_model_and_let_the_guard_judge_the_plan() {
        Path gguf = data.resolve("tiny.gguf");
        CliRun made = CliRun.of("tiny-model", gguf.toString());
        assertThat(made.exitCode()).as(made.err()).isZero();
        assertThat(made.out()).contains("wrote " + gguf);

        CliRun run = say("clean the kitchen", "--planner", "llama", "--model", gguf.toString());

        // The weights are noise: the answer may be a plan the guard approves or refuses, a question or a
        // refusal (each has its exit code), but it is always a well-formed answer, never a planner failure.
        String all = run.out() + run.err();
        assertThat(run.out()).as(all).contains("llama (tiny.gguf)");
        assertThat(all).containsAnyOf("needs a clarification", "safety guard:", "refused, rule planner-declined")
                .doesNotContain("llama-invalid-output").doesNotContain("llama-failure").doesNotContain("llama-context")
                .doesNotContain("Exception");
    }

    @Test
    void should_ask_for_the_model_file_when_none_is_given() {
        CliRun run = say("clean the kitchen", "--planner", "llama");

        assertThat(run.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(run.err()).contains("--planner llama needs --model FILE.gguf");
    }

    @Test
    void should_name_the_file_and_the_reason_when_the_model_is_not_gguf() throws Exception {
        Path notes = Files.writeString(data.resolve("notes.gguf"), "shopping list: milk, eggs, a new mop");

        CliRun run = say("clean the kitchen", "--planner", "llama", "--model", notes.toString());

        assertThat(run.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(run.err()).contains(notes.toString()).contains("not a GGUF model");
    }

    @Test
    void should_reject_a_model_for_another_planner() {
        CliRun run = say("clean the kitchen", "--model", data.resolve("x.gguf").toString());

        assertThat(run.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(run.err()).contains("--model only applies to --planner llama");
    }

    @Test
    void should_take_the_backend_and_the_model_from_rosie_yaml() throws Exception {
        Path dir = Files.createDirectories(data.resolve("conf"));
        assertThat(CliRun.of("tiny-model", dir.resolve("tiny.gguf").toString()).exitCode()).isZero();
        Path config = Files.writeString(dir.resolve("rosie.yaml"), "planner:\n  backend: llama\n  model: tiny.gguf\n");

        CliRun run = say("clean the kitchen", "--config", config.toString());

        assertThat(run.out()).as(run.out() + run.err()).contains("llama (tiny.gguf)");
    }
}
