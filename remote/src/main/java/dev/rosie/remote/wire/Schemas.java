package dev.rosie.remote.wire;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

/**
 * The published JSON schemas ({@code mqtt/schema/*.schema.json}) and a checker for the subset of
 * JSON Schema they use: {@code type} (one or several), {@code const}, {@code enum},
 * {@code properties}, {@code required}, {@code additionalProperties: false}, {@code items},
 * {@code minimum}/{@code maximum}, {@code minLength}/{@code maxLength} and {@code pattern}. Tests use
 * it to keep what the robot publishes and what the schemas promise from drifting apart.
 */
public final class Schemas {
    private Schemas() {
    }

    /** Loads {@code mqtt/schema/NAME.schema.json} from the classpath. */
    public static JsonNode load(String name) {
        try (InputStream in = Schemas.class.getClassLoader().getResourceAsStream("mqtt/schema/" + name + ".schema.json")) {
            if (in == null) {
                throw new IllegalArgumentException("no schema mqtt/schema/" + name + ".schema.json");
            }
            return Wire.MAPPER.readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Every way {@code doc} breaks {@code schema}, as {@code path: problem}; empty when it conforms. */
    public static List<String> violations(JsonNode schema, JsonNode doc) {
        List<String> out = new ArrayList<>();
        check(schema, doc, "$", out);
        return out;
    }

    private static void check(JsonNode schema, JsonNode doc, String path, List<String> out) {
        JsonNode type = schema.get("type");
        if (type != null && !typeMatches(type, doc)) {
            out.add(path + ": expected " + type + ", found " + doc.getNodeType());
            return;
        }
        if (schema.has("const") && !schema.get("const").equals(doc)) {
            out.add(path + ": expected " + schema.get("const") + ", found " + doc);
        }
        if (schema.has("enum")) {
            boolean found = false;
            for (JsonNode option : schema.get("enum")) {
                found |= option.equals(doc);
            }
            if (!found) {
                out.add(path + ": " + doc + " is not one of " + schema.get("enum"));
            }
        }
        if (doc.isNumber()) {
            if (schema.has("minimum") && doc.asDouble() < schema.get("minimum").asDouble()) {
                out.add(path + ": " + doc + " < " + schema.get("minimum"));
            }
            if (schema.has("maximum") && doc.asDouble() > schema.get("maximum").asDouble()) {
                out.add(path + ": " + doc + " > " + schema.get("maximum"));
            }
        }
        if (doc.isTextual()) {
            String s = doc.textValue();
            if (schema.has("minLength") && s.length() < schema.get("minLength").asInt()) {
                out.add(path + ": shorter than " + schema.get("minLength"));
            }
            if (schema.has("maxLength") && s.length() > schema.get("maxLength").asInt()) {
                out.add(path + ": longer than " + schema.get("maxLength"));
            }
            if (schema.has("pattern") && !java.util.regex.Pattern.compile(schema.get("pattern").asText()).matcher(s).find()) {
                out.add(path + ": does not match " + schema.get("pattern"));
            }
        }
        if (doc.isObject()) {
            JsonNode properties = schema.path("properties");
            for (JsonNode required : schema.path("required")) {
                if (!doc.has(required.asText())) {
                    out.add(path + ": missing required '" + required.asText() + "'");
                }
            }
            for (Iterator<String> names = doc.fieldNames(); names.hasNext(); ) {
                String name = names.next();
                if (properties.has(name)) {
                    check(properties.get(name), doc.get(name), path + "." + name, out);
                } else if (schema.path("additionalProperties").isBoolean() && !schema.get("additionalProperties").asBoolean()) {
                    out.add(path + ": unexpected property '" + name + "'");
                }
            }
        }
        if (doc.isArray() && schema.has("items")) {
            for (int i = 0; i < doc.size(); i++) {
                check(schema.get("items"), doc.get(i), path + "[" + i + "]", out);
            }
        }
    }

    private static boolean typeMatches(JsonNode type, JsonNode doc) {
        if (type.isArray()) {
            for (JsonNode t : type) {
                if (typeMatches(t, doc)) {
                    return true;
                }
            }
            return false;
        }
        return switch (type.asText()) {
            case "object" -> doc.isObject();
            case "array" -> doc.isArray();
            case "string" -> doc.isTextual();
            case "integer" -> doc.isIntegralNumber();
            case "number" -> doc.isNumber();
            case "boolean" -> doc.isBoolean();
            case "null" -> doc.isNull();
            default -> false;
        };
    }
}
