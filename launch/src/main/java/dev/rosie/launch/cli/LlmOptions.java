package dev.rosie.launch.cli;

import dev.rosie.core.InvalidInputException;
import dev.rosie.launch.wiring.RosieConfig;
import dev.rosie.planner.llm.TokenBudget;
import dev.rosie.planner.openai.OpenAiSettings;
import java.time.Duration;
import java.util.Optional;
import picocli.CommandLine.Option;

/** How to reach an OpenAI-compatible LLM server for {@code --planner openai}; each overrides rosie.yaml's planner.llm. */
public final class LlmOptions {
    @Option(names = "--llm-url", paramLabel = "URL",
            description = "OpenAI-compatible API root, e.g. http://localhost:11434/v1 (Ollama) or http://127.0.0.1:8080/v1")
    String url;

    @Option(names = "--llm-model", paramLabel = "NAME", description = "Model name the server knows, e.g. llama3.2")
    String model;

    @Option(names = "--llm-key-env", paramLabel = "VAR",
            description = "Environment variable holding the API key (default: ROSIE_LLM_API_KEY; local servers need none)")
    String keyEnv;

    @Option(names = "--llm-timeout", paramLabel = "SECONDS", description = "Per-request timeout (default: 60)")
    Integer timeoutSeconds;

    @Option(names = "--llm-attempts", paramLabel = "N",
            description = "Tries per request on timeouts and server errors, with backoff (default: 3)")
    Integer attempts;

    @Option(names = "--llm-repairs", paramLabel = "N",
            description = "Times an invalid answer goes back to the model with the error (default: 2)")
    Integer repairs;

    /** Whether any LLM option was given on the command line. */
    boolean given() {
        return url != null || model != null || keyEnv != null || timeoutSeconds != null || attempts != null || repairs != null;
    }

    /**
     * The server settings from these options over {@code config}, or empty when neither names a
     * server; an error when only one of URL and model is known.
     */
    Optional<OpenAiSettings> settings(RosieConfig.Llm config) {
        Optional<String> u = Optional.ofNullable(url).or(config::url);
        Optional<String> m = Optional.ofNullable(model).or(config::model);
        if (u.isEmpty() && m.isEmpty()) {
            return Optional.empty();
        }
        if (u.isEmpty()) {
            throw new InvalidInputException("an LLM server URL is required: pass --llm-url URL (e.g. http://localhost:11434/v1)");
        }
        if (m.isEmpty()) {
            throw new InvalidInputException("an LLM model name is required: pass --llm-model NAME (e.g. llama3.2)");
        }
        OpenAiSettings s = OpenAiSettings.of(u.get(), m.get());
        Optional<String> k = Optional.ofNullable(keyEnv).or(config::keyEnv);
        if (k.isPresent()) {
            s = s.withApiKeyEnv(k.get());
        }
        Integer t = timeoutSeconds != null ? timeoutSeconds : boxed(config.timeoutSeconds());
        if (t != null) {
            if (t < 1) {
                throw new InvalidInputException("--llm-timeout must be at least 1 second, not " + t);
            }
            s = s.withTimeout(Duration.ofSeconds(t));
        }
        Integer a = attempts != null ? attempts : boxed(config.attempts());
        if (a != null) {
            s = s.withAttempts(a);
        }
        Integer r = repairs != null ? repairs : boxed(config.repairs());
        if (r != null) {
            s = s.withRepairs(r);
        }
        if (config.toolRounds().isPresent()) {
            s = new OpenAiSettings(s.baseUrl(), s.model(), s.apiKeyEnv(), s.timeout(), s.attempts(), s.repairs(),
                    config.toolRounds().getAsInt(), s.budget(), s.backoff());
        }
        if (config.tokenBudget().isPresent()) {
            s = s.withBudget(new TokenBudget(config.tokenBudget().getAsInt()));
        }
        return Optional.of(s);
    }

    private static Integer boxed(java.util.OptionalInt v) {
        return v.isPresent() ? v.getAsInt() : null;
    }
}
