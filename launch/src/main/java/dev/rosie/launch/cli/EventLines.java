package dev.rosie.launch.cli;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** One readable line for each event, status or telemetry document a robot publishes. */
final class EventLines {
    private EventLines() {
    }

    static String describe(JsonNode e) {
        String type = e.path("type").asText();
        return switch (type) {
            case "ack" -> "ack: accepted from " + e.path("principal").asText() + " (" + e.path("trust").asText() + "), "
                    + e.path("ahead").asInt() + " ahead of it";
            case "rejected" -> "rejected" + (e.path("untrusted").asBoolean() ? " as untrusted" : "") + " ("
                    + e.path("code").asText() + "): " + e.path("reason").asText();
            case "error" -> "error on " + e.path("topic").asText() + " (" + e.path("code").asText() + "): "
                    + e.path("reason").asText();
            case "command" -> "  command " + e.path("command_id").asText() + ": \"" + e.path("text").asText() + "\""
                    + (e.path("screening").isEmpty() ? "" : " (screening: " + join(e.path("screening"), ", ") + ")");
            case "plan" -> "  plan (" + e.path("planner").asText() + "): " + (e.has("steps") ? join(e.path("steps"), " -> ")
                    : e.has("question") ? "asks \"" + e.path("question").asText() + "\"" : "refused, rule " + e.path("rule").asText());
            case "verdict" -> "  safety guard: " + e.path("decision").asText().toUpperCase(Locale.ROOT)
                    + (e.has("rule") ? ", rule " + e.path("rule").asText() : " (policy " + e.path("policy").asText() + ")");
            case "step" -> "  step " + (e.path("index").asInt() + 1) + " " + e.path("action").asText() + ": "
                    + e.path("state").asText() + (e.has("detail") ? " (" + e.path("reason").asText() + ": "
                    + e.path("detail").asText() + ")" : "");
            case "cleaning" -> String.format(Locale.ROOT, "  cleaning log: %s %s, %d of %d cells (%.0f%%)",
                    e.path("room").asText(), e.path("outcome").asText(), e.path("cells").asInt(),
                    e.path("floor_cells").asInt(), e.path("coverage").asDouble() * 100);
            case "outcome" -> "outcome: " + e.path("result").asText() + (e.has("rule") ? " (rule " + e.path("rule").asText()
                    + ")" : "") + ": " + e.path("detail").asText()
                    + (e.has("sim_seconds") ? String.format(Locale.ROOT, " (%.0f s simulated, %.1f m)",
                    e.path("sim_seconds").asDouble(), e.path("distance_m").asDouble()) : "");
            case "estop" -> "e-stop " + e.path("state").asText() + " by " + e.path("by").asText();
            default -> type + ": " + e;
        };
    }

    static String status(JsonNode s) {
        JsonNode estop = s.path("estop");
        return "status: " + s.path("state").asText() + ", " + s.path("mode").asText()
                + (s.path("action").isTextual() ? ", doing " + s.path("action").asText() : "")
                + (estop.path("engaged").asBoolean() ? ", E-STOP ENGAGED by " + estop.path("by").asText() : "")
                + ", " + s.path("queued").asInt() + " queued" + (s.has("reason") ? " (" + s.path("reason").asText() + ")" : "");
    }

    static String telemetry(JsonNode t) {
        JsonNode p = t.path("pose");
        JsonNode v = t.path("velocity");
        return String.format(Locale.ROOT, "telemetry #%d %s: pose (%.2f, %.2f) heading %.0f deg, %.2f m/s, %.2f rad/s,"
                        + " battery %.0f%%%s, %s", t.path("seq").asLong(), t.path("sim_time").asText(), p.path("x").asDouble(),
                p.path("y").asDouble(), Math.toDegrees(p.path("theta").asDouble()), v.path("linear").asDouble(),
                v.path("angular").asDouble(), t.path("battery").asDouble() * 100, t.path("docked").asBoolean() ? " (docked)" : "",
                t.path("action").isTextual() ? t.path("mode").asText() + " " + t.path("action").asText() : t.path("mode").asText());
    }

    private static String join(JsonNode array, String separator) {
        List<String> parts = new ArrayList<>();
        array.forEach(n -> parts.add(n.asText()));
        return String.join(separator, parts);
    }
}
