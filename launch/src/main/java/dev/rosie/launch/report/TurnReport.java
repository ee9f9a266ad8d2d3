package dev.rosie.launch.report;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import dev.rosie.core.command.Command;
import dev.rosie.core.execution.ExecutionEvent;
import dev.rosie.launch.wiring.Turn;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The JSON report of one or more turns. Field names are stable (snake_case); times are ISO-8601
 * instants. Built from plain maps so the format is visible here, not hidden in annotations.
 */
public final class TurnReport {
    private final ObjectMapper json = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
    private final List<Map<String, Object>> turns = new ArrayList<>();
    private final Map<String, Object> header = new LinkedHashMap<>();

    /** @param about key-value pairs describing the run, in the order they should appear */
    public TurnReport(String title, Object... about) {
        header.put("report", title);
        header.put("format_version", 1);
        header.putAll(ordered(about));
    }

    public void add(String label, Turn turn) {
        add(label, turn, Map.of());
    }

    /** @param input how the text arrived (for speech: the audio file, the transcript, the decoder) */
    public void add(String label, Turn turn, Map<String, Object> input) {
        turns.add(describe(label, turn, input));
    }

    /** One turn as the report writes it (missions reuse it for their steps). */
    public static Map<String, Object> describe(String label, Turn turn, Map<String, Object> input) {
        Map<String, Object> t = new LinkedHashMap<>();
        t.put("label", label);
        if (!input.isEmpty()) {
            t.put("input", new LinkedHashMap<>(input));
        }
        switch (turn) {
            case Turn.NotACommand n -> {
                t.put("outcome", "not_a_command");
                t.put("reason", n.reason());
            }
            case Turn.Clarified c -> {
                t.put("outcome", "clarify");
                t.put("command", command(c.command()));
                t.put("planner", ordered("name", c.planner(), "question", c.question().question()));
            }
            case Turn.Refused r -> {
                t.put("outcome", "refused");
                t.put("command", command(r.command()));
                Map<String, Object> planner = new LinkedHashMap<>();
                planner.put("name", r.planner());
                r.plan().ifPresent(p -> planner.put("steps", p.labels()));
                t.put("planner", planner);
                t.put("verdict", ordered("decision", "refused", "by", r.by(), "rule", r.refusal().rule(),
                        "reason", r.refusal().reason(), "said", r.refusal().said()));
            }
            case Turn.Executed e -> {
                t.put("outcome", e.succeeded() ? "done" : "failed");
                t.put("command", command(e.command()));
                t.put("planner", ordered("name", e.planner(), "steps", e.plan().labels(), "rationale", e.plan().rationale()));
                t.put("verdict", ordered("decision", "approved", "policy", e.policy()));
                t.put("execution", execution(e));
            }
        }
        return t;
    }

    public void write(Path file) throws IOException {
        Map<String, Object> doc = new LinkedHashMap<>(header);
        doc.put("turns", turns);
        Files.createDirectories(file.toAbsolutePath().getParent());
        Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
        json.writeValue(tmp.toFile(), doc);
        Files.move(tmp, file, java.nio.file.StandardCopyOption.REPLACE_EXISTING, java.nio.file.StandardCopyOption.ATOMIC_MOVE);
    }

    /** Key-value pairs in the order given, so reports are byte-for-byte repeatable. */
    private static Map<String, Object> ordered(Object... keyValues) {
        Map<String, Object> m = new LinkedHashMap<>();
        for (int i = 0; i < keyValues.length; i += 2) {
            m.put((String) keyValues[i], keyValues[i + 1]);
        }
        return m;
    }

    private static Map<String, Object> command(Command c) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", c.id().value());
        m.put("text", c.text());
        m.put("source", ordered("channel", c.source().channel().wireName(), "principal", c.source().principal(),
                "trust", c.source().trust().wireName()));
        m.put("received_at", c.receivedAt().toString());
        m.put("screening", c.screening().flags());
        return m;
    }

    private static Map<String, Object> execution(Turn.Executed e) {
        Map<String, Object> m = new LinkedHashMap<>();
        List<Map<String, Object>> steps = new ArrayList<>();
        List<Map<String, Object>> cleaning = new ArrayList<>();
        List<String> said = new ArrayList<>();
        for (ExecutionEvent ev : e.events()) {
            switch (ev) {
                case ExecutionEvent.StepDone d -> steps.add(ordered("index", d.index(), "action", d.action().label(),
                        "outcome", "done", "at", d.at().toString()));
                case ExecutionEvent.StepFailed f -> steps.add(ordered("index", f.index(), "action", f.action().label(),
                        "outcome", "failed", "reason", f.reason().name().toLowerCase(java.util.Locale.ROOT),
                        "detail", f.detail(), "at", f.at().toString()));
                case ExecutionEvent.CleaningFinished c -> {
                    Map<String, Object> run = new LinkedHashMap<>();
                    run.put("room", c.run().room());
                    run.put("outcome", c.run().outcome().wireName());
                    run.put("started_at", c.run().start().toString());
                    run.put("ended_at", c.run().end().toString());
                    run.put("cells_cleaned", c.run().cells().size());
                    run.put("floor_cells", c.floorCells());
                    run.put("coverage", Math.round(c.coverage() * 1000) / 1000.0);
                    cleaning.add(run);
                }
                case ExecutionEvent.Said s -> said.add(s.text());
                case ExecutionEvent.PlanStarted p -> { }
                case ExecutionEvent.StepStarted s -> { }
                case ExecutionEvent.StepProgress p -> { }
                case ExecutionEvent.PlanFinished p -> { }
            }
        }
        m.put("succeeded", e.succeeded());
        m.put("simulated_seconds", e.simulated().toMillis() / 1000.0);
        m.put("distance_m", Math.round(e.distance() * 100) / 100.0);
        m.put("steps", steps);
        m.put("cleaning", cleaning);
        m.put("said", said);
        m.put("replans", e.replans());
        e.gaveUp().ifPresent(g -> m.put("gave_up", g));
        return m;
    }
}
