package dev.rosie.launch.wiring;

import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * What a {@code rosie.yaml} says. Every field is optional; command-line options override it, and
 * it overrides the built-in defaults. Paths are already resolved against the file's directory.
 *
 * @param source the file it was read from, empty for no file
 * @param model {@code planner.model}: the GGUF file for the llama backend
 */
public record RosieConfig(Optional<Path> source, Optional<Path> data, Optional<Path> map, Optional<Path> policy,
        Optional<String> planner, OptionalInt maxReplans, Llm llm, Optional<Path> model) {
    public static final RosieConfig NONE = new RosieConfig(Optional.empty(), Optional.empty(), Optional.empty(),
            Optional.empty(), Optional.empty(), OptionalInt.empty(), Llm.NONE);

    /** A configuration without a llama model file. */
    public RosieConfig(Optional<Path> source, Optional<Path> data, Optional<Path> map, Optional<Path> policy,
            Optional<String> planner, OptionalInt maxReplans, Llm llm) {
        this(source, data, map, policy, planner, maxReplans, llm, Optional.empty());
    }

    public RosieConfig {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(data, "data");
        Objects.requireNonNull(map, "map");
        Objects.requireNonNull(policy, "policy");
        Objects.requireNonNull(planner, "planner");
        Objects.requireNonNull(maxReplans, "maxReplans");
        Objects.requireNonNull(llm, "llm");
        Objects.requireNonNull(model, "model");
    }

    /** The {@code planner.llm} section: how to reach an OpenAI-compatible server. */
    public record Llm(Optional<String> url, Optional<String> model, Optional<String> keyEnv, OptionalInt timeoutSeconds,
            OptionalInt attempts, OptionalInt repairs, OptionalInt toolRounds, OptionalInt tokenBudget) {
        public static final Llm NONE = new Llm(Optional.empty(), Optional.empty(), Optional.empty(), OptionalInt.empty(),
                OptionalInt.empty(), OptionalInt.empty(), OptionalInt.empty(), OptionalInt.empty());

        public Llm {
            Objects.requireNonNull(url, "url");
            Objects.requireNonNull(model, "model");
            Objects.requireNonNull(keyEnv, "keyEnv");
            Objects.requireNonNull(timeoutSeconds, "timeoutSeconds");
            Objects.requireNonNull(attempts, "attempts");
            Objects.requireNonNull(repairs, "repairs");
            Objects.requireNonNull(toolRounds, "toolRounds");
            Objects.requireNonNull(tokenBudget, "tokenBudget");
        }
    }
}
