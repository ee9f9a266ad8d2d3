package dev.rosie.planner.eval;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.rosie.core.InvalidInputException;
import dev.rosie.core.action.ActionType;
import dev.rosie.core.command.Trust;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.charset.MalformedInputException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads a planner evaluation set: JSON Lines, one case per line, exactly in the format:
 * <pre>
 * {"id": "x01", "text": "clean the kitchen and then dock", "trust": "owner", "expect_actions": ["clean_area:kitchen", "dock"]}
 * {"id": "u01", "text": "clean the garage", "trust": "guest", "expect": "clarify"}
 * </pre>
 * {@code id}, {@code text} and {@code trust} are required strings; exactly one of
 * {@code expect_actions} (a non-empty list of {@code type} or {@code type:target}, with a known action
 * type) and {@code expect} ({@code clarify} or {@code refuse}). Other fields, such as the optional
 * {@code category}, are allowed and ignored except {@code category}, which groups the accuracy.
 * Blank lines are skipped. Anything else is rejected with the file, line and reason.
 */
public final class EvalCases {
    private final ObjectMapper json = new ObjectMapper();

    public List<EvalCase> read(Path file) {
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            return read(file.toString(), reader);
        } catch (NoSuchFileException e) {
            throw new InvalidInputException("cases file " + file + " does not exist");
        } catch (MalformedInputException e) {
            throw new InvalidInputException("cases file " + file + " is not UTF-8 text");
        } catch (IOException e) {
            throw new InvalidInputException("cannot read cases file " + file + ": " + e.getMessage(), e);
        }
    }

    public List<EvalCase> read(String source, Reader reader) throws IOException {
        List<EvalCase> cases = new ArrayList<>();
        Map<String, Integer> seen = new HashMap<>();
        BufferedReader lines = new BufferedReader(reader);
        String line;
        int number = 0;
        while ((line = lines.readLine()) != null) {
            number++;
            if (line.isBlank()) {
                continue;
            }
            EvalCase c = parse(source, number, line);
            Integer first = seen.putIfAbsent(c.id(), number);
            if (first != null) {
                throw bad(source, number, "id '" + c.id() + "' is already used on line " + first);
            }
            cases.add(c);
        }
        if (cases.isEmpty()) {
            throw new InvalidInputException(source + ": no cases (expected one JSON object per line)");
        }
        return cases;
    }

    private EvalCase parse(String source, int number, String line) {
        JsonNode node;
        try {
            node = json.readTree(line);
        } catch (JsonProcessingException e) {
            throw bad(source, number, "not valid JSON (" + e.getOriginalMessage() + ")");
        }
        if (node == null || !node.isObject()) {
            throw bad(source, number, "expected a JSON object");
        }
        String id = requiredString(source, number, node, "id");
        String text = requiredString(source, number, node, "text");
        String trustText = requiredString(source, number, node, "trust");
        Trust trust;
        try {
            trust = Trust.parse(trustText);
        } catch (InvalidInputException e) {
            throw bad(source, number, "'trust' is '" + trustText + "'; expected owner, operator, guest or untrusted");
        }
        String category = EvalCase.UNCATEGORISED;
        if (node.has("category")) {
            category = requiredString(source, number, node, "category");
        }
        boolean hasActions = node.has("expect_actions");
        boolean hasExpect = node.has("expect");
        if (hasActions == hasExpect) {
            throw bad(source, number, "needs exactly one of 'expect_actions' (a list) and 'expect' (clarify or refuse)");
        }
        EvalCase.Expectation expected = hasActions ? actions(source, number, node.get("expect_actions"))
                : outcome(source, number, node.get("expect"));
        return new EvalCase(id, text, trust, category, expected, number);
    }

    private static EvalCase.Expectation actions(String source, int number, JsonNode list) {
        if (!list.isArray() || list.isEmpty()) {
            throw bad(source, number, "'expect_actions' must be a non-empty list of \"type\" or \"type:target\"");
        }
        List<String> labels = new ArrayList<>();
        for (JsonNode item : list) {
            if (!item.isTextual() || item.asText().isBlank()) {
                throw bad(source, number, "'expect_actions' items must be strings like \"clean_area:kitchen\" or \"dock\"");
            }
            String label = item.asText().strip();
            int colon = label.indexOf(':');
            String type = colon < 0 ? label : label.substring(0, colon);
            try {
                ActionType.fromWire(type);
            } catch (IllegalArgumentException e) {
                throw bad(source, number, "unknown action type '" + type + "' in 'expect_actions'; known: "
                        + String.join(", ", java.util.Arrays.stream(ActionType.values()).map(ActionType::wireName).toList()));
            }
            if (colon >= 0 && label.substring(colon + 1).isBlank()) {
                throw bad(source, number, "'" + label + "' has an empty target; write just \"" + type + "\" for no target");
            }
            labels.add(label);
        }
        return new EvalCase.Expectation.Actions(labels);
    }

    private static EvalCase.Expectation outcome(String source, int number, JsonNode expect) {
        String value = expect.isTextual() ? expect.asText() : expect.toString();
        return switch (value) {
            case "clarify" -> new EvalCase.Expectation.Clarify();
            case "refuse" -> new EvalCase.Expectation.Refuse();
            default -> throw bad(source, number, "'expect' is '" + value + "'; expected \"clarify\" or \"refuse\"");
        };
    }

    private static String requiredString(String source, int number, JsonNode node, String field) {
        JsonNode v = node.get(field);
        if (v == null || v.isNull()) {
            throw bad(source, number, "missing '" + field + "'");
        }
        if (!v.isTextual() || v.asText().isBlank()) {
            throw bad(source, number, "'" + field + "' must be a non-empty string");
        }
        return v.asText();
    }

    private static InvalidInputException bad(String source, int number, String reason) {
        return new InvalidInputException(source + " line " + number + ": " + reason);
    }
}
