package dev.rosie.planner.openai;

import dev.rosie.core.InvalidInputException;
import dev.rosie.planner.llm.TokenBudget;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.Duration;
import java.util.Objects;

/**
 * How to reach an OpenAI-compatible server and how hard to try. The API key itself is never here:
 * only the name of the environment variable that holds it, so settings can be printed and logged.
 *
 * @param baseUrl the API root, e.g. {@code http://localhost:11434/v1} ({@code /chat/completions} is appended)
 * @param attempts how many times one request is sent when it times out or the server fails (5xx, 408, 429)
 * @param repairs how many times an invalid answer goes back to the model with the error
 * @param toolRounds how many rounds of world-tool calls the model may make before it must answer
 */
public record OpenAiSettings(URI baseUrl, String model, String apiKeyEnv, Duration timeout, int attempts,
        int repairs, int toolRounds, TokenBudget budget, Backoff backoff) {
    public static final String DEFAULT_KEY_ENV = "ROSIE_LLM_API_KEY";
    public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(60);
    public static final int DEFAULT_ATTEMPTS = 3;
    public static final int DEFAULT_REPAIRS = 2;
    public static final int DEFAULT_TOOL_ROUNDS = 4;

    public OpenAiSettings {
        Objects.requireNonNull(baseUrl, "baseUrl");
        checkUrl(baseUrl);
        if (model == null || model.isBlank()) {
            throw new InvalidInputException("an LLM model name is required (--llm-model)");
        }
        if (apiKeyEnv == null || !apiKeyEnv.matches("[A-Za-z_][A-Za-z0-9_]*")) {
            throw new InvalidInputException("'" + apiKeyEnv + "' is not an environment variable name (--llm-key-env)");
        }
        Objects.requireNonNull(timeout, "timeout");
        if (timeout.isNegative() || timeout.isZero()) {
            throw new InvalidInputException("the LLM timeout must be positive, not " + timeout);
        }
        if (attempts < 1 || attempts > 10) {
            throw new InvalidInputException("LLM attempts must be 1 to 10, not " + attempts);
        }
        if (repairs < 0 || repairs > 10) {
            throw new InvalidInputException("LLM repairs (retries of invalid answers) must be 0 to 10, not " + repairs);
        }
        if (toolRounds < 0 || toolRounds > 20) {
            throw new InvalidInputException("LLM tool rounds must be 0 to 20, not " + toolRounds);
        }
        Objects.requireNonNull(budget, "budget");
        Objects.requireNonNull(backoff, "backoff");
    }

    /** Settings with every default but the server and model. */
    public static OpenAiSettings of(String baseUrl, String model) {
        return new OpenAiSettings(parseUrl(baseUrl), model, DEFAULT_KEY_ENV, DEFAULT_TIMEOUT, DEFAULT_ATTEMPTS,
                DEFAULT_REPAIRS, DEFAULT_TOOL_ROUNDS, TokenBudget.DEFAULT, Backoff.DEFAULT);
    }

    public OpenAiSettings withTimeout(Duration t) {
        return new OpenAiSettings(baseUrl, model, apiKeyEnv, t, attempts, repairs, toolRounds, budget, backoff);
    }

    public OpenAiSettings withAttempts(int n) {
        return new OpenAiSettings(baseUrl, model, apiKeyEnv, timeout, n, repairs, toolRounds, budget, backoff);
    }

    public OpenAiSettings withRepairs(int n) {
        return new OpenAiSettings(baseUrl, model, apiKeyEnv, timeout, attempts, n, toolRounds, budget, backoff);
    }

    public OpenAiSettings withApiKeyEnv(String env) {
        return new OpenAiSettings(baseUrl, model, env, timeout, attempts, repairs, toolRounds, budget, backoff);
    }

    public OpenAiSettings withBudget(TokenBudget b) {
        return new OpenAiSettings(baseUrl, model, apiKeyEnv, timeout, attempts, repairs, toolRounds, b, backoff);
    }

    public OpenAiSettings withBackoff(Backoff b) {
        return new OpenAiSettings(baseUrl, model, apiKeyEnv, timeout, attempts, repairs, toolRounds, budget, b);
    }

    /** Parses an {@code http(s)://host[:port][/path]} URL, or says what is wrong with it. */
    public static URI parseUrl(String text) {
        if (text == null || text.isBlank()) {
            throw new InvalidInputException("an LLM server URL is required (--llm-url), e.g. http://localhost:11434/v1");
        }
        URI uri;
        try {
            uri = new URI(text.trim());
        } catch (URISyntaxException e) {
            throw new InvalidInputException("malformed LLM server URL '" + text + "': " + e.getReason());
        }
        checkUrl(uri);
        return uri;
    }

    private static void checkUrl(URI uri) {
        String scheme = uri.getScheme();
        if (scheme == null || !(scheme.equals("http") || scheme.equals("https")) || uri.getHost() == null) {
            throw new InvalidInputException("malformed LLM server URL '" + uri + "': expected http(s)://host[:port]/path,"
                    + " e.g. http://localhost:11434/v1");
        }
        if (uri.getQuery() != null || uri.getFragment() != null || uri.getUserInfo() != null) {
            throw new InvalidInputException("malformed LLM server URL '" + uri + "': no query, fragment or user info;"
                    + " the API key comes from an environment variable");
        }
    }
}
