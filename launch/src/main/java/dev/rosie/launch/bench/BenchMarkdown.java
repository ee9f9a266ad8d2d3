package dev.rosie.launch.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.rosie.core.InvalidInputException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/**
 * The README's table of figures, made from a results file ({@code rosie bench --markdown FILE}), so
 * the table is derived from a run and never typed by hand: one row a figure (p50, p99, runs, goal,
 * met), then the command, the date and the machine, and any benchmark that failed.
 */
public final class BenchMarkdown {
    private BenchMarkdown() {
    }

    public static String from(Path results) {
        JsonNode json;
        try {
            json = new ObjectMapper().readTree(Files.readString(results));
        } catch (IOException e) {
            throw new InvalidInputException("cannot read benchmark results " + results + ": " + e.getMessage());
        }
        for (String field : new String[] {"command", "date", "machine", "benchmarks", "figures"}) {
            if (!json.hasNonNull(field)) {
                throw new InvalidInputException(results + " is not a rosie bench results file: it has no '" + field + "'");
            }
        }
        StringBuilder md = new StringBuilder();
        md.append("| figure | p50 | p99 | runs (warm-up) | goal | met? |\n");
        md.append("| --- | --- | --- | --- | --- | --- |\n");
        for (JsonNode f : json.get("figures")) {
            String unit = f.path("unit").asText();
            md.append(String.format(Locale.ROOT, "| %s (`%s`) | %s %s | %s %s | %d (%d) | %s | %s |%n",
                    f.path("description").asText(), f.path("name").asText(),
                    Figure.number(f.path("p50").asDouble()), unit, Figure.number(f.path("p99").asDouble()), unit,
                    f.path("runs").asInt(), f.path("warmups").asInt(), f.path("goal").asText(""),
                    !f.has("goal_met") ? "" : f.get("goal_met").asBoolean() ? "yes"
                            : "**no**: p50 " + Figure.number(f.path("p50").asDouble()) + " " + unit
                                    + ", p99 " + Figure.number(f.path("p99").asDouble()) + " " + unit));
        }
        for (JsonNode b : json.get("benchmarks")) {
            if (!"ran".equals(b.path("status").asText())) {
                md.append(String.format(Locale.ROOT, "| %s: **failed**, not measured (%s) | | | | | |%n",
                        b.path("name").asText(), b.path("error").asText().replace("|", "/")));
            }
        }
        JsonNode m = json.get("machine");
        md.append(String.format(Locale.ROOT, "%nCommand: `%s` (budget %s), %s.%nMachine: %d CPUs (%s), %d MiB, %s, JDK %s (%s);"
                        + " load average %.2f at the start.%n", json.get("command").asText(), json.path("budget").asText(),
                json.get("date").asText(), m.path("cpus").asInt(), m.path("cpu_model").asText(), m.path("memory_mib").asLong(),
                m.path("os").asText(), m.path("jdk").asText(), m.path("jdk_vendor").asText(),
                m.path("load_average_at_start").asDouble()));
        return md.toString();
    }
}
