package dev.rosie.launch.wiring;

import dev.rosie.core.action.Planner;
import dev.rosie.planner.embedded.EmbeddedPlanner;
import dev.rosie.planner.embedding.Embedder;
import dev.rosie.planner.embedding.MiniLmEmbedder;
import dev.rosie.planner.rules.RuleBasedPlanner;
import java.nio.file.Path;
import java.util.Map;
import dev.rosie.planner.llama.LlamaPlanner;
import dev.rosie.planner.openai.OpenAiPlanner;
import dev.rosie.planner.openai.Sleeper;
import java.util.Objects;

/** Builds the planner a {@link PlannerChoice} names, with whatever it holds that must be closed. */
public final class Planners {
    /** A planner and the native resources (a loaded model) to release when the robot closes. */
    public record Built(Planner planner, AutoCloseable resources) implements AutoCloseable {
        public Built {
            Objects.requireNonNull(planner, "planner");
            Objects.requireNonNull(resources, "resources");
        }

        @Override
        public void close() {
            try {
                resources.close();
            } catch (Exception e) {
                throw new IllegalStateException("cannot release the " + planner.name() + " planner: " + e.getMessage(), e);
            }
        }
    }

    private Planners() {
    }

    /**
     * @param modelCache where model files shipped in jars are copied so native runtimes can load them
     */
    public static Built create(PlannerChoice choice, Path modelCache) {
        return create(choice, modelCache, System.getenv());
    }

    /** As above, reading an LLM API key from {@code env}. */
    public static Built create(PlannerChoice choice, Path modelCache, Map<String, String> env) {
        return switch (choice) {
            case PlannerChoice.Embedded e -> {
                Embedder embedder = MiniLmEmbedder.load(modelCache);
                yield new Built(new EmbeddedPlanner(embedder), embedder);
            }
            case PlannerChoice.Rules r -> new Built(new RuleBasedPlanner(), () -> {
            });
            case PlannerChoice.OpenAi o -> new Built(OpenAiPlanner.create(o.settings(), env, Sleeper.REAL), () -> {
            });
            case PlannerChoice.Llama l -> {
                LlamaPlanner llama = LlamaPlanner.load(l.settings());
                yield new Built(llama, llama);
            }
        };
    }
}
