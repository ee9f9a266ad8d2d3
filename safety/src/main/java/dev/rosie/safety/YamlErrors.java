package dev.rosie.safety;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.exc.StreamReadException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import java.util.ArrayDeque;
import java.util.Collection;
import java.util.Deque;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Jackson's errors in the policy file's terms: the path written the one way every policy message
 * writes it ({@code owner_confirmation.needed_for[1].objects[0]}), and the reason in YAML's words
 * rather than Java's types.
 */
final class YamlErrors {
    private static final Pattern TWICE = Pattern.compile("Duplicate field '([^']*)'");

    /** Jackson's "from Array value" / "Cannot coerce String value ("16")": what the file had there. */
    private static final Pattern FOUND = Pattern.compile("(?:from|coerce) ([A-Z][a-z]*(?:-[a-z]+)?) value(?: \\(([^)]{1,60})\\))?");

    private YamlErrors() {
    }

    /** "'front door' is given twice" with the path of the mapping holding it, when that is what {@code e} says. */
    static Optional<String> duplicateKey(StreamReadException e) {
        Matcher twice = TWICE.matcher(e.getOriginalMessage());
        if (twice.lookingAt() && e.getProcessor() instanceof JsonParser p) {
            return Optional.of(path(p.getParsingContext()) + ": '" + twice.group(1)
                    + "' is given twice; one would silently replace the other");
        }
        return Optional.empty();
    }

    /**
     * The reason in the file's terms: "expected a list, not a mapping" rather than Jackson's Java
     * types ({@code java.util.ArrayList<java.lang.String>}), which mean nothing to whoever wrote the YAML.
     */
    static String reason(JsonMappingException e) {
        String original = e.getOriginalMessage();
        Matcher twice = TWICE.matcher(original);
        if (twice.lookingAt()) {
            return "'" + twice.group(1) + "' is given twice; one would silently replace the other";
        }
        if (original.startsWith("Missing required creator property")) {
            return "required but missing";
        }
        if (!(e instanceof MismatchedInputException m) || m.getTargetType() == null) {
            return original;
        }
        if (original.startsWith("Cannot map `null`") || original.startsWith("Cannot coerce `null`")) {
            return "expected " + shape(m.getTargetType()) + ", not an empty value";
        }
        Matcher found = FOUND.matcher(original);
        if (!found.find() || !(original.startsWith("Cannot deserialize value of type")
                || original.startsWith("Cannot construct instance of") || original.startsWith("Cannot coerce"))) {
            return original;
        }
        Optional<String> value = Optional.ofNullable(found.group(2)).filter(v -> !v.startsWith("token "));
        return "expected " + shape(m.getTargetType()) + ", not " + switch (found.group(1)) {
            case "Array" -> "a list";
            case "Object" -> "a mapping";
            case "String" -> value.map(v -> "the text " + v).orElse("text");
            case "Boolean" -> value.orElse("true or false");
            case "Number", "Integer", "Floating-point" -> value.orElse("a number");
            default -> found.group(1).toLowerCase(Locale.ROOT) + value.map(v -> " " + v).orElse("");
        };
    }

    private static String shape(Class<?> type) {
        if (type == String.class) {
            return "text";
        }
        if (type == int.class || type == Integer.class || type == long.class || type == Long.class) {
            return "a whole number";
        }
        if (type == double.class || type == Double.class || type == float.class || type == Float.class) {
            return "a number";
        }
        if (type == boolean.class || type == Boolean.class) {
            return "true or false";
        }
        if (Collection.class.isAssignableFrom(type)) {
            return "a list";
        }
        return "a mapping"; // a Map, or one of the loader's records: fields by name
    }

    /** The path of the mapping or list the parser is in, written as {@link #path(JsonMappingException)} does. */
    private static String path(JsonStreamContext in) {
        Deque<String> parts = new ArrayDeque<>();
        // The innermost context is the mapping holding the repeated key; its own name is not part of the path.
        for (var c = in.getParent(); c != null && !c.inRoot(); c = c.getParent()) {
            parts.push(c.inArray() ? "[" + c.getCurrentIndex() + "]" : "." + c.getCurrentName());
        }
        String p = String.join("", parts);
        p = p.startsWith(".") ? p.substring(1) : p;
        return p.isEmpty() ? "(document)" : p;
    }

    /**
     * Jackson's path in the notation every other message uses: fields joined by dots, list entries
     * as {@code [i]} glued to their list ({@code owner_confirmation.needed_for[1].objects[0]}).
     */
    static String path(JsonMappingException e) {
        StringBuilder p = new StringBuilder();
        for (JsonMappingException.Reference r : e.getPath()) {
            if (r.getFieldName() != null) {
                p.append(p.isEmpty() ? "" : ".").append(r.getFieldName());
            } else if (r.getIndex() >= 0) {
                p.append('[').append(r.getIndex()).append(']');
            } else {
                p.append(p.isEmpty() ? "" : ".").append('?');
            }
        }
        return p.isEmpty() ? "(document)" : p.toString();
    }
}
