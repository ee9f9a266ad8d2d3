package dev.rosie.launch.wiring;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import dev.rosie.core.InvalidInputException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * Reads {@code rosie.yaml} strictly: unknown fields, wrong types and out-of-range numbers are errors
 * that name the file, the field and the reason, so a typo never silently falls back to a default.
 * Which file: {@code --config FILE}, else {@code $ROSIE_CONFIG}, else {@code <data dir>/rosie.yaml}
 * if it exists, else none.
 */
public final class RosieConfigLoader {
    public static final String CONFIG_ENV = "ROSIE_CONFIG";
    public static final String FILE_NAME = "rosie.yaml";

    private static final List<String> TOP = List.of("data", "map", "policy", "planner");
    private static final List<String> PLANNER = List.of("backend", "max_replans", "llm", "model");
    private static final List<String> LLM = List.of("url", "model", "key_env", "timeout_seconds", "attempts", "repairs",
            "tool_rounds", "token_budget");

    private final YAMLMapper yaml = YAMLMapper.builder().enable(DeserializationFeature.FAIL_ON_READING_DUP_TREE_KEY).build();

    /** The file named explicitly ({@code --config}, then the environment), if any. */
    public static Optional<Path> explicit(Path option, Map<String, String> env) {
        if (option != null) {
            return Optional.of(option);
        }
        String fromEnv = env.get(CONFIG_ENV);
        return fromEnv == null || fromEnv.isBlank() ? Optional.empty() : Optional.of(Path.of(fromEnv));
    }

    /** Loads {@code file}, which must exist. */
    public RosieConfig load(Path file) {
        if (!Files.isRegularFile(file)) {
            throw new InvalidInputException("config file " + file + " does not exist or is not a file");
        }
        JsonNode root;
        try {
            root = yaml.readTree(file.toFile());
        } catch (JsonProcessingException e) {
            throw new InvalidInputException("config file " + file + " is not valid YAML: " + e.getOriginalMessage()
                    + " (line " + e.getLocation().getLineNr() + ")", e);
        } catch (IOException e) {
            throw new InvalidInputException("cannot read config file " + file + ": " + e.getMessage(), e);
        }
        Path base = file.toAbsolutePath().getParent();
        Reader r = new Reader(file);
        if (root == null || root.isMissingNode() || root.isNull()) {
            return new RosieConfig(Optional.of(file), Optional.empty(), Optional.empty(), Optional.empty(),
                    Optional.empty(), OptionalInt.empty(), RosieConfig.Llm.NONE);
        }
        r.fields(root, "", TOP);
        JsonNode planner = r.section(root, "planner", PLANNER);
        JsonNode llm = r.section(planner, "planner.llm", LLM);
        Optional<String> backend = r.text(planner, "planner.backend");
        backend.ifPresent(b -> {
            try {
                PlannerChoice.checkName(b);
            } catch (InvalidInputException e) {
                throw r.bad("planner.backend", e.getMessage());
            }
        });
        RosieConfig.Llm l = new RosieConfig.Llm(r.text(llm, "planner.llm.url"), r.text(llm, "planner.llm.model"),
                r.text(llm, "planner.llm.key_env"), r.integer(llm, "planner.llm.timeout_seconds", 1, 3600),
                r.integer(llm, "planner.llm.attempts", 1, 10), r.integer(llm, "planner.llm.repairs", 0, 10),
                r.integer(llm, "planner.llm.tool_rounds", 0, 20), r.integer(llm, "planner.llm.token_budget", 200, 1_000_000));
        return new RosieConfig(Optional.of(file), r.path(root, "data", base), r.path(root, "map", base),
                r.path(root, "policy", base), backend, r.integer(planner, "planner.max_replans", 0, 10), l,
                r.path(planner, "planner.model", base));
    }

    /** Field readers that name the file and the field in every error. */
    private record Reader(Path file) {
        InvalidInputException bad(String field, String reason) {
            return new InvalidInputException("config file " + file + ": " + field + ": " + reason);
        }

        void fields(JsonNode node, String prefix, List<String> allowed) {
            for (Iterator<String> it = node.fieldNames(); it.hasNext(); ) {
                String f = it.next();
                if (!allowed.contains(f)) {
                    throw bad(prefix + f, "unknown field; expected one of " + String.join(", ", allowed));
                }
            }
        }

        /** A nested mapping, or an empty one when absent; checks its field names. */
        JsonNode section(JsonNode parent, String field, List<String> allowed) {
            String key = field.substring(field.lastIndexOf('.') + 1);
            JsonNode n = parent.path(key);
            if (n.isMissingNode() || n.isNull()) {
                return com.fasterxml.jackson.databind.node.JsonNodeFactory.instance.objectNode();
            }
            if (!n.isObject()) {
                throw bad(field, "expected a mapping of " + String.join(", ", allowed) + ", not " + kind(n));
            }
            fields(n, field + ".", allowed);
            return n;
        }

        Optional<String> text(JsonNode parent, String field) {
            JsonNode n = parent.path(field.substring(field.lastIndexOf('.') + 1));
            if (n.isMissingNode() || n.isNull()) {
                return Optional.empty();
            }
            if (!n.isTextual() || n.asText().isBlank()) {
                throw bad(field, "expected a non-empty string, not " + kind(n));
            }
            return Optional.of(n.asText().trim());
        }

        Optional<Path> path(JsonNode parent, String field, Path base) {
            return text(parent, field).map(t -> base.resolve(t).normalize());
        }

        OptionalInt integer(JsonNode parent, String field, int min, int max) {
            JsonNode n = parent.path(field.substring(field.lastIndexOf('.') + 1));
            if (n.isMissingNode() || n.isNull()) {
                return OptionalInt.empty();
            }
            if (!n.isIntegralNumber() || !n.canConvertToInt()) {
                throw bad(field, "expected a whole number, not " + kind(n));
            }
            int v = n.asInt();
            if (v < min || v > max) {
                throw bad(field, v + " is out of range " + min + " to " + max);
            }
            return OptionalInt.of(v);
        }

        private static String kind(JsonNode n) {
            String s = n.toString();
            return (n.isObject() ? "a mapping" : n.isArray() ? "a list" : n.isTextual() ? "the string"
                    : n.isBoolean() ? "the boolean" : n.isNumber() ? "the number" : "") + " " + (s.length() > 40 ? s.substring(0, 40) + "..." : s);
        }
    }
}
