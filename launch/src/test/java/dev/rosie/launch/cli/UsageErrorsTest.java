package dev.rosie.launch.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class UsageErrorsTest {
    @TempDir
    Path tmp;

    @Test
    void should_reject_an_unknown_subcommand_with_exit_code_2() {
        CliRun run = CliRun.of("fly", "to the moon");

        assertThat(run.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(run.err()).startsWith("rosie: ").contains("fly").contains("--help");
    }

    @Test
    void should_reject_an_unknown_option_with_exit_code_2() {
        CliRun run = CliRun.of("demo", "--turbo");

        assertThat(run.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(run.err()).contains("--turbo");
    }

    @Test
    void should_ask_for_a_subcommand_when_none_is_given() {
        CliRun run = CliRun.of();

        assertThat(run.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(run.err()).contains("demo").contains("say");
    }

    @Test
    void should_explain_an_unusable_data_directory_in_one_line_without_a_stack_trace() throws Exception {
        Path file = Files.writeString(tmp.resolve("not-a-dir"), "x");

        CliRun run = CliRun.of("say", "clean the kitchen", "--data", file.toString());

        assertThat(run.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(run.err().strip()).startsWith("rosie: data directory").contains("is a file").doesNotContain("\n");
        assertThat(run.err()).doesNotContain("\tat ");
    }

    @Test
    void should_explain_a_data_directory_that_cannot_be_created() throws Exception {
        Path file = Files.writeString(tmp.resolve("plain-file"), "x");

        CliRun run = CliRun.of("say", "clean the kitchen", "--data", file.resolve("below").toString());

        assertThat(run.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(run.err()).contains("cannot create data directory").contains("--data DIR");
    }

    @Test
    void should_print_the_stack_trace_only_with_debug() throws Exception {
        Path file = Files.writeString(tmp.resolve("f"), "x");

        CliRun run = CliRun.of("say", "clean the kitchen", "--data", file.toString(), "--debug");

        assertThat(run.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(run.err()).contains("\tat ");
    }

    @Test
    void should_reject_a_malformed_policy_naming_the_field() throws Exception {
        Path policy = Files.writeString(tmp.resolve("policy.yaml"), "name: x\nversion: 1\nspeed: 9\n");

        CliRun run = CliRun.of("say", "clean the kitchen", "--data", tmp.resolve("d").toString(), "--policy", policy.toString());

        assertThat(run.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(run.err()).contains("policy.yaml").contains("allowed_actions");
    }
}
