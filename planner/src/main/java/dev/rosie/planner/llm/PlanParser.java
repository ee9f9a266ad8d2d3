package dev.rosie.planner.llm;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.rosie.core.action.Action;
import dev.rosie.core.action.Clarification;
import dev.rosie.core.action.Plan;
import dev.rosie.core.action.Refusal;
import dev.rosie.core.action.Target;
import dev.rosie.core.command.CommandId;
import java.lang.reflect.InvocationTargetException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns a model's text into a planner answer, or into the precise reason it is not one. Strict by
 * design: the only leniency is a single surrounding markdown {@code ```json} fence, because chat
 * models add one even when told not to; prose around the JSON, unknown fields, unknown actions and
 * names outside the home's vocabulary are all errors the model is told about.
 */
public final class PlanParser {
    /** The rule a refusal the model chose carries, so logs tell it from a guard refusal. */
    public static final String MODEL_REFUSAL_RULE = "planner-declined";

    private static final Pattern FENCE = Pattern.compile("\\A```(?:json|JSON)?[ \\t]*\\R(.*)\\R```\\z", Pattern.DOTALL);
    private static final Set<String> TOP_LEVEL = Set.of("kind", "steps", "rationale", "question", "reason");

    private final ActionCatalog catalog;
    private final ObjectMapper json = new ObjectMapper()
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .enable(DeserializationFeature.FAIL_ON_READING_DUP_TREE_KEY);

    public PlanParser(ActionCatalog catalog) {
        this.catalog = Objects.requireNonNull(catalog, "catalog");
    }

    public PlanParser() {
        this(ActionCatalog.actions());
    }

    /** Parses without checking names against a home (any well-formed name passes). */
    public ParseOutcome parse(String text, CommandId commandId) {
        return parse(text, commandId, Optional.empty());
    }

    /** Parses and checks every name against {@code vocabulary}. */
    public ParseOutcome parse(String text, CommandId commandId, WorldVocabulary vocabulary) {
        return parse(text, commandId, Optional.of(vocabulary));
    }

    private ParseOutcome parse(String text, CommandId commandId, Optional<WorldVocabulary> vocabulary) {
        Objects.requireNonNull(commandId, "commandId");
        try {
            return new ParseOutcome.Parsed(read(text, commandId, vocabulary));
        } catch (Bad bad) {
            return new ParseOutcome.Invalid(bad.error);
        }
    }

    private dev.rosie.core.action.PlannerResult read(String text, CommandId id, Optional<WorldVocabulary> vocabulary) {
        if (text == null || text.isBlank()) {
            throw new Bad("$", "the answer is empty; answer with one JSON object");
        }
        String body = text.strip();
        Matcher fence = FENCE.matcher(body);
        if (fence.matches()) {
            body = fence.group(1).strip();
        }
        JsonNode root;
        try {
            root = json.readTree(body);
        } catch (JsonProcessingException e) {
            throw new Bad("$", "not JSON: " + e.getOriginalMessage() + " at line " + e.getLocation().getLineNr()
                    + ", column " + e.getLocation().getColumnNr() + "; answer with one JSON object and nothing else");
        }
        if (root == null || !root.isObject()) {
            throw new Bad("$", "expected a JSON object, not " + describe(root));
        }
        for (Iterator<String> it = root.fieldNames(); it.hasNext(); ) {
            String f = it.next();
            if (!TOP_LEVEL.contains(f)) {
                throw new Bad(f, "unknown field; allowed fields are kind, steps, rationale, question, reason");
            }
        }
        String kind = requiredText(root, "kind", "kind");
        return switch (kind) {
            case "plan" -> plan(root, id, vocabulary);
            case "clarify" -> new Clarification(id, requiredText(root, "question", "question"));
            case "refuse" -> new Refusal(id, requiredText(root, "reason", "reason"), MODEL_REFUSAL_RULE);
            default -> throw new Bad("kind", "unknown kind '" + kind + "'; expected plan, clarify or refuse");
        };
    }

    private Plan plan(JsonNode root, CommandId id, Optional<WorldVocabulary> vocabulary) {
        JsonNode steps = root.get("steps");
        if (steps == null || steps.isNull()) {
            throw new Bad("steps", "missing; a plan needs at least one step");
        }
        if (!steps.isArray()) {
            throw new Bad("steps", "expected an array of steps, not " + describe(steps));
        }
        if (steps.isEmpty()) {
            throw new Bad("steps", "empty; a plan needs at least one step (use kind clarify or refuse instead)");
        }
        if (steps.size() > Plan.MAX_STEPS) {
            throw new Bad("steps", "a plan has at most " + Plan.MAX_STEPS + " steps, not " + steps.size());
        }
        List<Action> actions = new ArrayList<>();
        for (int i = 0; i < steps.size(); i++) {
            actions.add(step(steps.get(i), "steps[" + i + "]", vocabulary));
        }
        JsonNode rationale = root.get("rationale");
        if (rationale != null && !rationale.isNull() && !rationale.isTextual()) {
            throw new Bad("rationale", "expected a string, not " + describe(rationale));
        }
        return new Plan(id, actions, rationale == null || rationale.isNull() ? "" : rationale.asText());
    }

    private Action step(JsonNode node, String at, Optional<WorldVocabulary> vocabulary) {
        if (!node.isObject()) {
            throw new Bad(at, "expected a step object, not " + describe(node));
        }
        String name = requiredText(node, "action", at + ".action");
        ActionShape shape = catalog.shape(name).orElseThrow(() -> new Bad(at + ".action",
                "unknown action '" + name + "'; known actions are " + String.join(", ", catalog.wireNames())));
        for (Iterator<String> it = node.fieldNames(); it.hasNext(); ) {
            String f = it.next();
            if (!f.equals("action") && shape.params().stream().noneMatch(p -> p.key().equals(f))) {
                throw new Bad(at + "." + f, "not a parameter of " + name + "; its parameters are " + keys(shape));
            }
        }
        Object[] args = new Object[shape.params().size()];
        for (int i = 0; i < args.length; i++) {
            ActionParam p = shape.params().get(i);
            String field = at + "." + p.key();
            JsonNode value = node.get(p.key());
            if (value == null || value.isNull()) {
                throw new Bad(field, "missing parameter of " + name);
            }
            args[i] = value(p, value, field, vocabulary);
        }
        try {
            return (Action) shape.constructor().newInstance(args);
        } catch (InvocationTargetException e) {
            Throwable cause = e.getCause();
            throw new Bad(at, "invalid " + name + ": " + (cause == null ? e : cause).getMessage());
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("cannot construct " + shape.type().getName(), e);
        }
    }

    private static Object value(ActionParam p, JsonNode value, String field, Optional<WorldVocabulary> vocabulary) {
        return switch (p.kind()) {
            case ROOM, OBJECT, DOOR, PLACE -> knownName(p.kind(), text(value, field), field, vocabulary);
            case TEXT -> text(value, field);
            case SECONDS -> seconds(value, field);
            case ENUM -> enumValue(p, text(value, field), field);
            case TARGET -> target(value, field, vocabulary);
        };
    }

    private static Target target(JsonNode value, String field, Optional<WorldVocabulary> vocabulary) {
        if (value.isTextual()) {
            return new Target.Named(knownName(ParamKind.TARGET, value.asText(), field, vocabulary));
        }
        if (value.isObject() && value.size() == 2 && value.path("x").isNumber() && value.path("y").isNumber()) {
            try {
                return new Target.Coordinates(value.get("x").asDouble(), value.get("y").asDouble());
            } catch (IllegalArgumentException e) {
                throw new Bad(field, e.getMessage());
            }
        }
        throw new Bad(field, "expected a place name or {\"x\": metres, \"y\": metres}, not " + describe(value));
    }

    private static Duration seconds(JsonNode value, String field) {
        if (!value.isIntegralNumber()) {
            throw new Bad(field, "bad duration: expected whole seconds as an integer, not " + describe(value));
        }
        long s = value.asLong();
        if (s < 0 || s > Action.Wait.MAX.toSeconds() || !value.canConvertToLong()) {
            throw new Bad(field, "bad duration: " + value + " s is outside 0 to " + Action.Wait.MAX.toSeconds() + " seconds");
        }
        return Duration.ofSeconds(s);
    }

    private static Object enumValue(ActionParam p, String text, String field) {
        String key = text.trim().toLowerCase(Locale.ROOT);
        if (!p.enumValues().contains(key)) {
            throw new Bad(field, "unknown value '" + text + "'; expected one of " + String.join(", ", p.enumValues()));
        }
        @SuppressWarnings({"unchecked", "rawtypes"})
        Object constant = Enum.valueOf((Class) p.component().getType(), key.toUpperCase(Locale.ROOT));
        return constant;
    }

    private static String knownName(ParamKind kind, String name, String field, Optional<WorldVocabulary> vocabulary) {
        if (vocabulary.isEmpty()) {
            return name;
        }
        String key = name.trim().toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
        List<String> known = vocabulary.get().namesFor(kind);
        if (!known.contains(key)) {
            throw new Bad(field, "unknown " + WorldVocabulary.noun(kind) + " '" + name + "'; known "
                    + WorldVocabulary.noun(kind) + "s are " + (known.isEmpty() ? "none" : String.join(", ", known)));
        }
        return key;
    }

    private static String requiredText(JsonNode node, String key, String field) {
        JsonNode v = node.get(key);
        if (v == null || v.isNull()) {
            throw new Bad(field, "missing");
        }
        String s = text(v, field);
        if (s.isBlank()) {
            throw new Bad(field, "empty");
        }
        return s;
    }

    private static String text(JsonNode v, String field) {
        if (!v.isTextual()) {
            throw new Bad(field, "expected a string, not " + describe(v));
        }
        return v.asText();
    }

    private static String keys(ActionShape shape) {
        return shape.params().isEmpty() ? "none"
                : String.join(", ", shape.params().stream().map(ActionParam::key).toList());
    }

    private static String describe(JsonNode n) {
        if (n == null || n.isMissingNode()) {
            return "nothing";
        }
        String s = n.toString();
        String kind = n.isObject() ? "an object" : n.isArray() ? "an array" : n.isTextual() ? "a string"
                : n.isNumber() ? "a number" : n.isBoolean() ? "a boolean" : "null";
        return kind + " " + (s.length() > 40 ? s.substring(0, 40) + "..." : s);
    }

    /** Carries the first error out of the recursive descent; never escapes this class. */
    private static final class Bad extends RuntimeException {
        private final PlanError error;

        Bad(String field, String reason) {
            super(reason, null, false, false);
            this.error = new PlanError(field, reason);
        }
    }
}
