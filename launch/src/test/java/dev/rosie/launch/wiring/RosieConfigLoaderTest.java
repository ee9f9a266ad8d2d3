package dev.rosie.launch.wiring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.rosie.core.InvalidInputException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RosieConfigLoaderTest {
    @TempDir
    Path dir;

    private RosieConfig load(String yaml) throws Exception {
        Path file = dir.resolve("rosie.yaml");
        Files.writeString(file, yaml);
        return new RosieConfigLoader().load(file);
    }

    private void rejects(String yaml, String message) throws Exception {
        Path file = dir.resolve("rosie.yaml");
        Files.writeString(file, yaml);
        assertThatThrownBy(() -> new RosieConfigLoader().load(file)).isInstanceOf(InvalidInputException.class)
                .hasMessage("config file " + file + ": " + message);
    }

    @Test
    void should_read_every_field_and_resolve_paths_against_the_file() throws Exception {
        RosieConfig c = load("""
                data: state
                map: maps/flat.yaml
                policy: /etc/rosie/policy.yaml
                planner:
                  backend: openai
                  max_replans: 2
                  llm:
                    url: http://localhost:11434/v1
                    model: llama3.2
                    key_env: MY_KEY
                    timeout_seconds: 30
                    attempts: 4
                    repairs: 1
                    tool_rounds: 0
                    token_budget: 2000
                """);
        assertThat(c.data()).contains(dir.toAbsolutePath().resolve("state"));
        assertThat(c.map()).contains(dir.toAbsolutePath().resolve("maps/flat.yaml"));
        assertThat(c.policy()).contains(Path.of("/etc/rosie/policy.yaml"));
        assertThat(c.planner()).contains("openai");
        assertThat(c.maxReplans()).hasValue(2);
        assertThat(c.llm().url()).contains("http://localhost:11434/v1");
        assertThat(c.llm().model()).contains("llama3.2");
        assertThat(c.llm().keyEnv()).contains("MY_KEY");
        assertThat(c.llm().timeoutSeconds()).hasValue(30);
        assertThat(c.llm().attempts()).hasValue(4);
        assertThat(c.llm().repairs()).hasValue(1);
        assertThat(c.llm().toolRounds()).hasValue(0);
        assertThat(c.llm().tokenBudget()).hasValue(2000);
    }

    @Test
    void should_accept_an_empty_file() throws Exception {
        RosieConfig c = load("");
        assertThat(c.planner()).isEmpty();
        assertThat(c.llm()).isEqualTo(RosieConfig.Llm.NONE);
    }

    @Test
    void should_name_the_field_and_reason_of_each_error() throws Exception {
        rejects("plannner: {}\n", "plannner: unknown field; expected one of data, map, policy, planner");
        rejects("planner: openai\n", "planner: expected a mapping of backend, max_replans, llm, model, not the string \"openai\"");
        rejects("planner:\n  backend: gpt\n",
                "planner.backend: unknown planner 'gpt'; expected one of embedded, rules, openai, llama");
        rejects("planner:\n  llm:\n    timeout_seconds: soon\n", "planner.llm.timeout_seconds: expected a whole number, not the string \"soon\"");
        rejects("planner:\n  llm:\n    attempts: 0\n", "planner.llm.attempts: 0 is out of range 1 to 10");
        rejects("planner:\n  max_replans: 99\n", "planner.max_replans: 99 is out of range 0 to 10");
        rejects("map: 3\n", "map: expected a non-empty string, not the number 3");
        rejects("planner:\n  llm:\n    url: \"\"\n", "planner.llm.url: expected a non-empty string, not the string \"\"");
    }

    @Test
    void should_say_where_broken_yaml_breaks() throws Exception {
        Path file = dir.resolve("rosie.yaml");
        Files.writeString(file, "planner:\n  backend: [openai\n");
        assertThatThrownBy(() -> new RosieConfigLoader().load(file)).isInstanceOf(InvalidInputException.class)
                .hasMessageStartingWith("config file " + file + " is not valid YAML");
        assertThatThrownBy(() -> new RosieConfigLoader().load(dir.resolve("none.yaml")))
                .hasMessageContaining("does not exist");
    }

    @Test
    void should_prefer_the_option_then_the_environment() {
        assertThat(RosieConfigLoader.explicit(Path.of("a.yaml"), Map.of("ROSIE_CONFIG", "b.yaml"))).contains(Path.of("a.yaml"));
        assertThat(RosieConfigLoader.explicit(null, Map.of("ROSIE_CONFIG", "b.yaml"))).contains(Path.of("b.yaml"));
        assertThat(RosieConfigLoader.explicit(null, Map.of())).isEqualTo(Optional.empty());
    }
}
