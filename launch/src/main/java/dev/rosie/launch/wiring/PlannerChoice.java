package dev.rosie.launch.wiring;

import dev.rosie.core.InvalidInputException;
import dev.rosie.planner.llama.LlamaPlanner;
import dev.rosie.planner.openai.OpenAiSettings;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * Which planner backend a robot uses ({@code --planner}, or {@code planner.backend} in rosie.yaml),
 * with whatever that backend needs. {@link #EMBEDDED} is the default: a real neural model that runs
 * offline. {@link #RULES} is the documented fallback: a small transparent pattern table with no
 * model at all. {@link OpenAi} talks to any OpenAI-compatible chat server; {@link Llama} runs a GGUF
 * model in process.
 */
public sealed interface PlannerChoice {
    PlannerChoice EMBEDDED = new Embedded();
    PlannerChoice RULES = new Rules();
    PlannerChoice DEFAULT = EMBEDDED;

    /** The name of the OpenAI-compatible backend, the one that needs server settings. */
    String OPENAI = "openai";

    /** The name of the in-process llama.cpp backend, the one that needs a model file. */
    String LLAMA = "llama";

    /** The backend names {@code --planner} accepts. */
    List<String> NAMES = List.of("embedded", "rules", OPENAI, LLAMA);

    String wireName();

    /** How reports and the demo name it, e.g. "embedded MiniLM planner". */
    String description();

    record Embedded() implements PlannerChoice {
        @Override public String wireName() { return "embedded"; }
        @Override public String description() { return "embedded MiniLM planner"; }
    }

    record Rules() implements PlannerChoice {
        @Override public String wireName() { return "rules"; }
        @Override public String description() { return "rule-based planner"; }
    }

    /** An OpenAI-compatible chat server; the key is read from {@code settings.apiKeyEnv()} when the planner is built. */
    record OpenAi(OpenAiSettings settings) implements PlannerChoice {
        public OpenAi {
            Objects.requireNonNull(settings, "settings");
        }

        @Override public String wireName() { return OPENAI; }
        @Override public String description() {
            return "LLM planner (" + settings.model() + " at " + settings.baseUrl() + ")";
        }
    }

    /** A GGUF model run in process by llama.cpp, decoding under the plan grammar. */
    record Llama(LlamaPlanner.Settings settings) implements PlannerChoice {
        public Llama {
            Objects.requireNonNull(settings, "settings");
        }

        @Override public String wireName() { return "llama"; }
        @Override public String description() {
            return "in-process llama.cpp planner (" + settings.model().getFileName() + ")";
        }
    }

    static String accepted() {
        return String.join(", ", NAMES);
    }

    /** Checks a backend name, naming the accepted values when it is not one. */
    static String checkName(String text) {
        String t = text == null ? "" : text.trim().toLowerCase(Locale.ROOT);
        if (!NAMES.contains(t)) {
            throw new InvalidInputException("unknown planner '" + text + "'; expected one of " + accepted());
        }
        return t;
    }

    /**
     * The choice a backend name makes, with the LLM settings for {@code openai}; says what is
     * missing when {@code openai} comes without them.
     */
    static PlannerChoice of(String name, Optional<OpenAiSettings> llm) {
        return of(name, llm, Optional.empty());
    }

    /** As above, with the GGUF model file {@code llama} needs. */
    static PlannerChoice of(String name, Optional<OpenAiSettings> llm, Optional<Path> model) {
        return switch (checkName(name)) {
            case "embedded" -> EMBEDDED;
            case "rules" -> RULES;
            case OPENAI -> new OpenAi(llm.orElseThrow(() -> new InvalidInputException(
                    "--planner openai needs --llm-url URL and --llm-model NAME (or planner.llm in rosie.yaml)")));
            case LLAMA -> new Llama(LlamaPlanner.Settings.defaults(model.orElseThrow(() -> new InvalidInputException(
                    "--planner llama needs --model FILE.gguf (a GGUF chat model file)"))));
            default -> throw new IllegalStateException("unhandled planner " + name);
        };
    }

    /** Parses {@code embedded|rules}: the choices that need nothing more. */
    static PlannerChoice parse(String text) {
        return of(text, Optional.empty());
    }
}
