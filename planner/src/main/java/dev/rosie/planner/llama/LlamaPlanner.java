package dev.rosie.planner.llama;

import dev.rosie.core.action.Plan;
import dev.rosie.core.action.Planner;
import dev.rosie.core.action.PlannerResult;
import dev.rosie.core.action.Refusal;
import dev.rosie.core.command.Command;
import dev.rosie.core.execution.ExecutionEvent;
import dev.rosie.core.world.WorldSnapshot;
import dev.rosie.planner.llm.ActionCatalog;
import dev.rosie.planner.llm.ParseOutcome;
import dev.rosie.planner.llm.PlanSchema;
import dev.rosie.planner.llm.PlanParser;
import dev.rosie.planner.llm.Prompt;
import dev.rosie.planner.llm.PromptBuilder;
import dev.rosie.planner.llm.TokenBudget;
import dev.rosie.planner.llm.WorldVocabulary;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * The in-process LLM planner: any GGUF chat model run by llama.cpp, decoding under a grammar
 * compiled from the plan schema and the home's names ({@link PlanGrammar}). Whatever the model,
 * the text it produces is a complete plan, question or refusal that {@link PlanParser} accepts;
 * the parser still checks it, and anything it rejects becomes a refusal, never an exception.
 * Sampling is seeded, so the same command in the same world gets the same answer.
 */
public final class LlamaPlanner implements Planner, AutoCloseable {
    public static final String INVALID_OUTPUT_RULE = "llama-invalid-output";
    public static final String CONTEXT_RULE = "llama-context";
    public static final String FAILURE_RULE = "llama-failure";

    /**
     * @param model the GGUF file
     * @param seed the sampler's seed
     * @param temperature sampling temperature; low keeps a real model close to its best answer
     */
    public record Settings(Path model, int seed, float temperature, LlamaEngine.Options engine, TokenBudget budget) {
        public Settings {
            Objects.requireNonNull(model, "model");
            Objects.requireNonNull(engine, "engine");
            Objects.requireNonNull(budget, "budget");
            if (!(temperature >= 0 && temperature <= 2)) {
                throw new IllegalArgumentException("temperature must be between 0 and 2, not " + temperature);
            }
        }

        public static Settings defaults(Path model) {
            return new Settings(model, 0, 0.2f, LlamaEngine.Options.defaults(), TokenBudget.DEFAULT);
        }
    }

    private static final int GRAMMARS_KEPT = 8;

    private final LlamaEngine engine;
    private final PromptBuilder prompts;
    private final PlanParser parser = new PlanParser();
    private final int seed;
    private final float temperature;
    private final Function<WorldVocabulary, PlanGrammar.Compiled> compiler;
    private final Map<WorldVocabulary, PlanGrammar.Compiled> grammars = new LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<WorldVocabulary, PlanGrammar.Compiled> eldest) {
            return size() > GRAMMARS_KEPT;
        }
    };

    /**
     * @param kinds the answer kinds the grammar allows: all of {@link PlanSchema#KINDS} for a robot;
     *     {@code plan} alone forces a plan (tests and the benchmark use it to exercise step decoding)
     */
    public LlamaPlanner(LlamaEngine engine, PromptBuilder prompts, int seed, float temperature, Set<String> kinds) {
        this(engine, prompts, seed, temperature, compilerFor(checkedKinds(kinds)));
    }

    public LlamaPlanner(LlamaEngine engine, PromptBuilder prompts, int seed, float temperature) {
        this(engine, prompts, seed, temperature, Set.copyOf(PlanSchema.KINDS));
    }

    /** With any grammar: tests use one that lets a model say something the parser rejects. */
    LlamaPlanner(LlamaEngine engine, PromptBuilder prompts, int seed, float temperature,
            Function<WorldVocabulary, PlanGrammar.Compiled> compiler) {
        this.engine = Objects.requireNonNull(engine, "engine");
        this.prompts = Objects.requireNonNull(prompts, "prompts");
        this.seed = seed;
        this.temperature = temperature;
        this.compiler = Objects.requireNonNull(compiler, "compiler");
    }

    private static Function<WorldVocabulary, PlanGrammar.Compiled> compilerFor(Set<String> kinds) {
        return vocabulary -> PlanGrammar.compile(ActionCatalog.actions(), vocabulary, kinds, LlamaEngine::jsonSchemaToGrammar);
    }

    private static Set<String> checkedKinds(Set<String> kinds) {
        if (kinds.isEmpty() || !PlanSchema.KINDS.containsAll(kinds)) {
            throw new IllegalArgumentException("answer kinds must be some of " + PlanSchema.KINDS + ", not " + kinds);
        }
        return Set.copyOf(kinds);
    }

    /** Checks and loads the model; a bad file is a {@link dev.rosie.core.RosieException} naming it. */
    public static LlamaPlanner load(Settings settings) {
        LlamaEngine engine = LlamaEngine.load(settings.model(), settings.engine());
        return new LlamaPlanner(engine, new PromptBuilder(settings.budget()), settings.seed(), settings.temperature());
    }

    @Override
    public String name() {
        return "llama (" + engine.file().getFileName() + ")";
    }

    @Override
    public PlannerResult plan(Command command, WorldSnapshot world) {
        return answer(command, world, () -> prompts.build(command, world));
    }

    /** Asks the model again, with the failure in the prompt; the answer is decoded under the same grammar. */
    @Override
    public PlannerResult replan(Command command, WorldSnapshot world, Plan failedPlan, ExecutionEvent failure) {
        return answer(command, world, () -> prompts.buildReplan(command, world, failedPlan, failure));
    }

    private PlannerResult answer(Command command, WorldSnapshot world, Supplier<Prompt> promptFor) {
        try {
            WorldVocabulary vocabulary = WorldVocabulary.of(world);
            PlanGrammar.Compiled grammar = grammar(vocabulary);
            Prompt p = promptFor.get();
            String prompt = engine.chatPrompt(p.system(), p.user());
            int promptTokens = engine.countTokens(prompt);
            long answerTokens = grammar.maxBytes() + 1;
            if (promptTokens + answerTokens > engine.contextSize()) {
                return new Refusal(command.id(), "I cannot plan that: the prompt is " + promptTokens
                        + " tokens and the model's context of " + engine.contextSize() + " tokens leaves no room for a "
                        + answerTokens + "-token answer.", CONTEXT_RULE);
            }
            LlamaEngine.Completion answer = engine.complete(prompt, Optional.of(grammar.gbnf()), seed,
                    (int) answerTokens, temperature);
            return switch (parser.parse(answer.text(), command.id(), vocabulary)) {
                case ParseOutcome.Parsed parsed -> parsed.result();
                case ParseOutcome.Invalid invalid -> new Refusal(command.id(),
                        "I could not make a valid plan: the model's answer was rejected at " + invalid.error().message(),
                        INVALID_OUTPUT_RULE);
            };
        } catch (RuntimeException e) {
            return new Refusal(command.id(), "I could not plan that: the llama planner failed (" + e.getMessage() + ").",
                    FAILURE_RULE);
        }
    }

    private synchronized PlanGrammar.Compiled grammar(WorldVocabulary vocabulary) {
        return grammars.computeIfAbsent(vocabulary, compiler);
    }

    @Override
    public void close() {
        engine.close();
    }
}
