package dev.rosie.planner.llm;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.rosie.core.action.Action;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The JSON schema of a planner answer, generated from the action records. An answer is
 * {@code {"kind":"plan|clarify|refuse","steps":[{"action":"clean_area","room":"kitchen","mode":"normal"}],
 * "rationale":"...","question":"...","reason":"..."}}.
 *
 * <p>Kept to the subset that llama.cpp's json-schema-to-grammar and OpenAI structured outputs both
 * accept: no {@code $ref}, no recursion, {@code anyOf} of closed objects, enums, string length and
 * integer bounds. With a {@link WorldVocabulary}, name fields become enums of the home's names, so
 * a constrained decoder cannot even spell an unknown room.
 */
public final class PlanSchema {
    public static final String NAME = "rosie_plan";
    public static final List<String> KINDS = List.of("plan", "clarify", "refuse");
    static final int MAX_QUESTION = 300;

    private static final JsonNodeFactory F = JsonNodeFactory.instance;
    private static final ObjectMapper JSON = new ObjectMapper();

    private final ObjectNode root;

    private PlanSchema(ObjectNode root) {
        this.root = root;
    }

    /** The schema with free-text names, for when no world is at hand. */
    public static PlanSchema generic(ActionCatalog catalog) {
        return new PlanSchema(build(catalog, Optional.empty()));
    }

    public static PlanSchema generic() {
        return generic(ActionCatalog.actions());
    }

    /** The schema whose room, object, door and place fields accept only {@code vocabulary}'s names. */
    public static PlanSchema narrowed(ActionCatalog catalog, WorldVocabulary vocabulary) {
        return new PlanSchema(build(catalog, Optional.of(Objects.requireNonNull(vocabulary, "vocabulary"))));
    }

    public static PlanSchema narrowed(WorldVocabulary vocabulary) {
        return narrowed(ActionCatalog.actions(), vocabulary);
    }

    /** The schema narrowed to the names in {@code world}: what a constrained decoder should use for one command. */
    public static PlanSchema forWorld(dev.rosie.core.world.WorldSnapshot world) {
        return narrowed(WorldVocabulary.of(world));
    }

    /** A deep copy of the schema, safe to modify. */
    public ObjectNode node() {
        return root.deepCopy();
    }

    public String json() {
        try {
            return JSON.writeValueAsString(root);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException("cannot write the plan schema", e);
        }
    }

    @Override
    public String toString() {
        return json();
    }

    private static ObjectNode build(ActionCatalog catalog, Optional<WorldVocabulary> vocabulary) {
        ObjectNode props = F.objectNode();
        props.set("kind", stringEnum(KINDS));
        ArrayNode variants = F.arrayNode();
        for (ActionShape shape : catalog.shapes()) {
            variants.add(step(shape, vocabulary));
        }
        ObjectNode steps = F.objectNode().put("type", "array");
        steps.set("items", F.objectNode().set("anyOf", variants));
        props.set("steps", steps);
        props.set("rationale", F.objectNode().put("type", "string").put("maxLength", MAX_QUESTION));
        props.set("question", F.objectNode().put("type", "string").put("maxLength", MAX_QUESTION));
        props.set("reason", F.objectNode().put("type", "string").put("maxLength", MAX_QUESTION));
        ObjectNode root = F.objectNode().put("type", "object");
        root.set("properties", props);
        root.set("required", F.arrayNode().add("kind"));
        root.put("additionalProperties", false);
        return root;
    }

    private static ObjectNode step(ActionShape shape, Optional<WorldVocabulary> vocabulary) {
        ObjectNode props = F.objectNode();
        props.set("action", stringEnum(List.of(shape.wireName())));
        ArrayNode required = F.arrayNode().add("action");
        for (ActionParam p : shape.params()) {
            props.set(p.key(), param(p, vocabulary));
            required.add(p.key());
        }
        ObjectNode node = F.objectNode().put("type", "object");
        node.set("properties", props);
        node.set("required", required);
        node.put("additionalProperties", false);
        return node;
    }

    private static ObjectNode param(ActionParam p, Optional<WorldVocabulary> vocabulary) {
        return switch (p.kind()) {
            case ROOM, OBJECT, DOOR, PLACE -> name(p.kind(), vocabulary);
            case TEXT -> F.objectNode().put("type", "string").put("minLength", 1).put("maxLength", Action.Say.MAX_TEXT);
            case SECONDS -> F.objectNode().put("type", "integer").put("minimum", 0)
                    .put("maximum", Action.Wait.MAX.toSeconds());
            case ENUM -> stringEnum(p.enumValues());
            case TARGET -> {
                ObjectNode xy = F.objectNode().put("type", "object");
                xy.set("properties", F.objectNode()
                        .<ObjectNode>set("x", F.objectNode().put("type", "number"))
                        .set("y", F.objectNode().put("type", "number")));
                xy.set("required", F.arrayNode().add("x").add("y"));
                xy.put("additionalProperties", false);
                ObjectNode anyOf = F.objectNode();
                anyOf.set("anyOf", F.arrayNode().add(name(ParamKind.PLACE, vocabulary)).add(xy));
                yield anyOf;
            }
        };
    }

    private static ObjectNode name(ParamKind kind, Optional<WorldVocabulary> vocabulary) {
        if (vocabulary.isPresent() && !vocabulary.get().namesFor(kind).isEmpty()) {
            return stringEnum(vocabulary.get().namesFor(kind));
        }
        return F.objectNode().put("type", "string").put("minLength", 1).put("maxLength", 48);
    }

    private static ObjectNode stringEnum(List<String> values) {
        ObjectNode node = F.objectNode().put("type", "string");
        ArrayNode e = node.putArray("enum");
        values.forEach(e::add);
        return node;
    }
}
