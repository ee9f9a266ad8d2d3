package dev.rosie.launch.mission;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * A YAML node with the path that led to it ({@code timeline[2].say.text}), so every complaint names
 * the file, the field and the reason.
 */
record Node(Path file, String path, JsonNode json) {

    MissionException bad(String reason) {
        return new MissionException(file, path, reason);
    }

    Node child(String key) {
        return new Node(file, path.isEmpty() ? key : path + "." + key, json.get(key));
    }

    Node element(int i) {
        return new Node(file, path + "[" + i + "]", json.get(i));
    }

    boolean has(String key) {
        return json.has(key) && !json.get(key).isNull();
    }

    /** Requires a mapping whose keys are all among {@code allowed}. */
    Node object(Set<String> allowed) {
        if (json == null || !json.isObject()) {
            throw bad("must be a mapping with keys " + sorted(allowed));
        }
        Iterator<String> names = json.fieldNames();
        while (names.hasNext()) {
            String k = names.next();
            if (!allowed.contains(k)) {
                throw new MissionException(file, path.isEmpty() ? k : path + "." + k, "unknown key; allowed here: "
                        + sorted(allowed));
            }
        }
        return this;
    }

    Node required(String key) {
        if (!has(key)) {
            throw new MissionException(file, path.isEmpty() ? key : path + "." + key, "is required");
        }
        return child(key);
    }

    List<Node> list() {
        if (json == null || !json.isArray()) {
            throw bad("must be a list");
        }
        List<Node> out = new ArrayList<>();
        for (int i = 0; i < json.size(); i++) {
            out.add(element(i));
        }
        return out;
    }

    String text() {
        if (json == null || !json.isTextual() || json.asText().isBlank()) {
            throw bad("must be non-empty text");
        }
        return json.asText();
    }

    double number() {
        if (json == null || !json.isNumber() || !Double.isFinite(json.asDouble())) {
            throw bad("must be a number, not " + shown());
        }
        return json.asDouble();
    }

    double fraction() {
        double v = number();
        if (v < 0 || v > 1) {
            throw bad("must be a fraction from 0 to 1, not " + v);
        }
        return v;
    }

    long integer() {
        if (json == null || !json.isIntegralNumber() || !json.canConvertToLong()) {
            throw bad("must be a whole number, not " + shown());
        }
        return json.asLong();
    }

    boolean bool() {
        if (json == null || !json.isBoolean()) {
            throw bad("must be true or false, not " + shown());
        }
        return json.asBoolean();
    }

    /** A duration: {@code 90s}, {@code 1m30s}, {@code 2h}, or a number of seconds; never negative. */
    Duration duration() {
        Optional<Duration> d = json != null && json.isNumber() ? Optional.of(Duration.ofMillis(Math.round(json.asDouble() * 1000)))
                : json != null && json.isTextual() ? Durations.parse(json.asText()) : Optional.empty();
        if (d.isEmpty() || d.get().isNegative()) {
            throw bad("must be a duration such as 90s, 1m30s, 2h or a number of seconds, not " + shown());
        }
        return d.get();
    }

    String shown() {
        return json == null ? "nothing" : json.isTextual() ? "'" + json.asText() + "'" : json.toString();
    }

    private static List<String> sorted(Set<String> keys) {
        return keys.stream().sorted().toList();
    }
}
