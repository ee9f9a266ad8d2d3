package dev.rosie.planner.llm;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Map;

/**
 * Quotes text for a prompt as a one-line JSON value in which {@code <} and {@code >} are written
 * as {@code \u003c} and {@code \u003e}. Quoted text therefore contains no line break and never the
 * angle-bracket delimiters of {@link UntrustedBlock}, whatever it says.
 */
final class Quoting {
    private static final ObjectMapper JSON = new ObjectMapper();

    private Quoting() {
    }

    static String quote(String text) {
        return write(text);
    }

    /** A one-line JSON object of {@code fields}, in their iteration order. */
    static String object(Map<String, String> fields) {
        return write(fields);
    }

    private static String write(Object value) {
        try {
            return JSON.writeValueAsString(value).replace("<", "\\u003c").replace(">", "\\u003e");
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot quote prompt text", e);
        }
    }
}
