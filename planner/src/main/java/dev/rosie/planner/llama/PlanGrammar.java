package dev.rosie.planner.llama;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.rosie.planner.llm.ActionCatalog;
import dev.rosie.planner.llm.ActionParam;
import dev.rosie.planner.llm.ActionShape;
import dev.rosie.planner.llm.PlanSchema;
import dev.rosie.planner.llm.WorldVocabulary;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * The llama.cpp grammar a plan is decoded under, compiled from {@link PlanSchema} narrowed to one
 * home. The shared schema describes what the parser accepts; a decoder needs more, because it must
 * be impossible to sample anything the parser would reject and impossible not to finish. So the
 * decoding schema tightens it:
 * <ul>
 *   <li>the answer is one of three closed shapes (plan with 1 to {@link #MAX_STEPS} steps and a
 *       rationale; clarify with a question; refuse with a reason), so no kind can miss its field;</li>
 *   <li>free text starts with a letter or digit and uses a JSON-safe sentence alphabet, bounded in
 *       length, so it is never blank and never needs escapes;</li>
 *   <li>navigation targets are the home's place names only (coordinates are left to the other
 *       planners), and any action whose names the home cannot supply (a home with no doors has no
 *       {@code open_door}) is left out;</li>
 *   <li>optional whitespace is one space at most.</li>
 * </ul>
 * The compiled grammar has a finite longest output ({@link GrammarBound}), the token cap that
 * guarantees decoding ends inside the grammar.
 */
public final class PlanGrammar {
    public static final int MAX_STEPS = 6;
    public static final int MAX_TEXT = 100;
    /** Sentence-like text: a letter or digit first, then no quote, backslash or control character. */
    static final String TEXT_PATTERN = "^[A-Za-z0-9][A-Za-z0-9 ,.'?!-]{0," + (MAX_TEXT - 1) + "}$";
    private static final Pattern SPACE_RULE = Pattern.compile("(?m)^space ::= .*$");
    private static final JsonNodeFactory F = JsonNodeFactory.instance;

    /** A grammar and the most bytes (so the most tokens) any text it accepts can take. */
    public record Compiled(String gbnf, long maxBytes) {
        public Compiled {
            Objects.requireNonNull(gbnf, "gbnf");
            if (maxBytes < 1) {
                throw new IllegalArgumentException("a plan grammar produces at least one byte");
            }
        }
    }

    private PlanGrammar() {
    }

    /**
     * Compiles the grammar for {@code vocabulary} with llama.cpp's JSON-schema converter.
     *
     * @param kinds the answer kinds allowed ({@link PlanSchema#KINDS} for a planner; tests and the
     *     benchmark use {@code plan} alone to exercise step decoding)
     */
    public static Compiled compile(ActionCatalog catalog, WorldVocabulary vocabulary, Set<String> kinds,
            Function<String, String> schemaToGbnf) {
        String gbnf = SPACE_RULE.matcher(schemaToGbnf.apply(decodingSchema(catalog, vocabulary, kinds).toString()))
                .replaceFirst("space ::= \" \"?");
        return new Compiled(gbnf, GrammarBound.maxBytes(gbnf));
    }

    /** The planner's grammar: any answer kind, the production action catalog. */
    public static Compiled compile(WorldVocabulary vocabulary) {
        return compile(ActionCatalog.actions(), vocabulary, Set.copyOf(PlanSchema.KINDS), LlamaEngine::jsonSchemaToGrammar);
    }

    /** The tightened schema described above, built from the shared one. */
    public static ObjectNode decodingSchema(ActionCatalog catalog, WorldVocabulary vocabulary, Set<String> kinds) {
        if (kinds.isEmpty() || !PlanSchema.KINDS.containsAll(kinds)) {
            throw new IllegalArgumentException("answer kinds must be some of " + PlanSchema.KINDS + ", not " + kinds);
        }
        ObjectNode shared = PlanSchema.narrowed(catalog, vocabulary).node();
        ArrayNode variants = F.arrayNode();
        for (JsonNode variant : shared.at("/properties/steps/items/anyOf")) {
            decodable((ObjectNode) variant.deepCopy(), catalog).ifPresent(variants::add);
        }
        if (variants.isEmpty()) {
            throw new IllegalStateException("no action can be planned with this home's names");
        }
        ObjectNode steps = F.objectNode().put("type", "array").put("minItems", 1).put("maxItems", MAX_STEPS);
        steps.set("items", F.objectNode().set("anyOf", variants));
        ArrayNode answers = F.arrayNode();
        if (kinds.contains("plan")) {
            answers.add(answer("plan", Map.of("steps", steps, "rationale", text())));
        }
        if (kinds.contains("clarify")) {
            answers.add(answer("clarify", Map.of("question", text())));
        }
        if (kinds.contains("refuse")) {
            answers.add(answer("refuse", Map.of("reason", text())));
        }
        if (answers.size() == 1) {
            return (ObjectNode) answers.get(0);
        }
        ObjectNode root = F.objectNode();
        root.set("anyOf", answers);
        return root;
    }

    private static ObjectNode answer(String kind, Map<String, ObjectNode> fields) {
        ObjectNode props = F.objectNode();
        ObjectNode k = F.objectNode().put("type", "string");
        k.putArray("enum").add(kind);
        props.set("kind", k);
        ArrayNode required = F.arrayNode().add("kind");
        // Steps before the rationale: a model commits to the plan, then explains it.
        for (String key : List.of("steps", "rationale", "question", "reason")) {
            if (fields.containsKey(key)) {
                props.set(key, fields.get(key));
                required.add(key);
            }
        }
        ObjectNode node = F.objectNode().put("type", "object");
        node.set("properties", props);
        node.set("required", required);
        node.put("additionalProperties", false);
        return node;
    }

    private static ObjectNode text() {
        return F.objectNode().put("type", "string").put("pattern", TEXT_PATTERN);
    }

    /** The step variant made decodable, or empty when the home cannot fill one of its names. */
    private static Optional<ObjectNode> decodable(ObjectNode variant, ActionCatalog catalog) {
        String action = variant.at("/properties/action/enum/0").asText();
        ActionShape shape = catalog.shape(action)
                .orElseThrow(() -> new IllegalStateException("the plan schema names an unknown action " + action));
        ObjectNode props = (ObjectNode) variant.get("properties");
        for (ActionParam p : shape.params()) {
            JsonNode field = props.get(p.key());
            switch (p.kind()) {
                case TEXT -> props.set(p.key(), text());
                case TARGET -> {
                    Optional<JsonNode> named = namedBranch(field);
                    if (named.isEmpty()) {
                        return Optional.empty();
                    }
                    props.set(p.key(), named.get());
                }
                case ROOM, OBJECT, DOOR, PLACE -> {
                    if (!field.has("enum")) {
                        return Optional.empty();
                    }
                }
                case SECONDS, ENUM -> {
                }
            }
        }
        return Optional.of(variant);
    }

    private static Optional<JsonNode> namedBranch(JsonNode target) {
        for (Iterator<JsonNode> it = target.path("anyOf").elements(); it.hasNext(); ) {
            JsonNode branch = it.next();
            if (branch.has("enum")) {
                return Optional.of(branch);
            }
        }
        return target.has("enum") ? Optional.of(target) : Optional.empty();
    }
}
