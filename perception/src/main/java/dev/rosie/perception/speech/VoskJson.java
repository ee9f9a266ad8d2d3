package dev.rosie.perception.speech;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/** Reads the JSON strings Vosk returns; a malformed one would be a Vosk bug, reported as such. */
final class VoskJson {
    private static final ObjectMapper JSON = new ObjectMapper();

    private VoskJson() {
    }

    /** The N-best list of a final result with each hypothesis' score; one unscored hypothesis otherwise. */
    static Decoding.NBest nbest(String json) {
        JsonNode node = parse(json);
        List<Decoding.Hypothesis> out = new ArrayList<>();
        JsonNode alternatives = node.path("alternatives");
        if (alternatives.isArray()) {
            alternatives.forEach(a -> out.add(new Decoding.Hypothesis(clean(a.path("text").asText("")),
                    a.path("confidence").asDouble(0))));
        } else {
            out.add(new Decoding.Hypothesis(clean(node.path("text").asText("")), 0));
        }
        if (out.isEmpty()) {
            out.add(new Decoding.Hypothesis("", 0));
        }
        return new Decoding.NBest(out);
    }

    /**
     * A final result decoded with words on ({@code setWords(true)}, no alternatives): each word with
     * its posterior confidence. Vosk leaves "result" out for silence.
     */
    static Decoding.Scored scored(String json) {
        JsonNode node = parse(json);
        List<Decoding.Word> words = new ArrayList<>();
        node.path("result").forEach(w -> words.add(new Decoding.Word(clean(w.path("word").asText("")),
                Math.max(0, Math.min(1, w.path("conf").asDouble(0))))));
        if (words.isEmpty() && !clean(node.path("text").asText("")).isEmpty()) {
            // Words were not asked for: the text alone, of unknown confidence.
            return Decoding.Scored.of(clean(node.path("text").asText("")), 0);
        }
        return new Decoding.Scored(words.stream().filter(w -> !w.word().isEmpty()).toList());
    }

    static String partial(String json) {
        return clean(parse(json).path("partial").asText(""));
    }

    static boolean hasUnknown(String text) {
        return (" " + text + " ").contains(" " + CommandGrammar.UNKNOWN + " ");
    }

    private static String clean(String text) {
        return text.trim().replaceAll("\\s+", " ");
    }

    private static JsonNode parse(String json) {
        try {
            return JSON.readTree(json == null ? "{}" : json);
        } catch (IOException e) {
            throw new IllegalStateException("Vosk returned malformed JSON: " + json, e);
        }
    }
}
