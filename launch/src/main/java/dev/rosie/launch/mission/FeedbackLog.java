package dev.rosie.launch.mission;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.rosie.core.action.Plan;
import dev.rosie.core.execution.ExecutionEvent;
import dev.rosie.launch.wiring.Turn;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The execution-feedback dataset: one JSON line per command a mission gave, appended to
 * {@code feedback.jsonl}: the command and its source, the SHA-256 of the world snapshot the planner
 * saw, the plan, the guard's verdict, what happened, and the {@link Reward}. A run's lines are
 * appended in one write and forced to disk, so a crash leaves whole lines.
 */
public final class FeedbackLog {
    public static final String FILE = "feedback.jsonl";
    public static final int FORMAT_VERSION = 1;
    private static final ObjectMapper JSON = new ObjectMapper();

    private FeedbackLog() {
    }

    /** The records of one run, in order. */
    public static List<Map<String, Object>> records(MissionResult r, String runId) {
        List<Map<String, Object>> out = new ArrayList<>();
        for (StepRecord s : r.steps()) {
            out.add(record(r, runId, s));
        }
        return out;
    }

    static Map<String, Object> record(MissionResult r, String runId, StepRecord s) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("format_version", FORMAT_VERSION);
        m.put("run", runId);
        m.put("mission", r.mission().name());
        m.put("seed", r.seed());
        m.put("step", s.index());
        m.put("planner", r.planner());
        Map<String, Object> command = new LinkedHashMap<>();
        command.put("text", text(s));
        command.put("input", s.input().get("kind"));
        command.put("source", ordered("channel", s.source().channel().wireName(), "principal", s.source().principal(),
                "trust", s.source().trust().wireName()));
        m.put("command", command);
        m.put("snapshot_sha256", s.snapshotDigest());
        m.put("plan", plan(s.turn()));
        m.put("verdict", verdict(s.turn()));
        m.put("outcome", outcome(s));
        m.put("reward", Reward.of(s));
        return m;
    }

    private static String text(StepRecord s) {
        return switch (s.turn()) {
            case Turn.NotACommand n -> String.valueOf(s.input().getOrDefault("transcript", ""));
            case Turn.Clarified c -> c.command().text();
            case Turn.Refused x -> x.command().text();
            case Turn.Executed x -> x.command().text();
        };
    }

    private static Object plan(Turn t) {
        Plan p = switch (t) {
            case Turn.Refused r -> r.plan().orElse(null);
            case Turn.Executed x -> x.plan();
            default -> null;
        };
        return p == null ? null : ordered("steps", p.labels(), "rationale", p.rationale());
    }

    private static Map<String, Object> verdict(Turn t) {
        Map<String, Object> v = new LinkedHashMap<>();
        switch (t) {
            case Turn.NotACommand n -> {
                v.put("decision", "not_a_command");
                v.put("reason", n.reason());
            }
            case Turn.Clarified c -> v.put("decision", "clarify");
            case Turn.Refused r -> {
                v.put("decision", "refused");
                v.put("by", r.by());
                v.put("rule", r.refusal().rule());
            }
            case Turn.Executed x -> {
                v.put("decision", "approved");
                v.put("policy", x.policy());
            }
        }
        return v;
    }

    private static Map<String, Object> outcome(StepRecord s) {
        Map<String, Object> o = new LinkedHashMap<>();
        o.put("result", ExpectationCheck.outcome(s.turn()));
        Map<String, Object> gained = new LinkedHashMap<>();
        s.coverageAfter().forEach((room, after) -> {
            double d = after - s.coverageBefore().getOrDefault(room, 0.0);
            if (d > 0) {
                gained.put(room, Math.round(d * 1000) / 1000.0);
            }
        });
        o.put("coverage_gained", gained);
        o.put("unsafe_events", s.unsafe());
        List<String> failures = new ArrayList<>();
        double seconds = 0;
        double distance = 0;
        if (s.turn() instanceof Turn.Executed x) {
            x.events().stream().filter(e -> e instanceof ExecutionEvent.StepFailed).map(e -> (ExecutionEvent.StepFailed) e)
                    .forEach(f -> failures.add(f.action().label() + ": " + f.reason().name().toLowerCase(Locale.ROOT)));
            seconds = x.simulated().toMillis() / 1000.0;
            distance = Math.round(x.distance() * 100) / 100.0;
        }
        o.put("failures", failures);
        o.put("collisions", s.collisions());
        o.put("sim_seconds", seconds);
        o.put("distance_m", distance);
        return o;
    }

    static Map<String, Object> ordered(Object... kv) {
        Map<String, Object> m = new LinkedHashMap<>();
        for (int i = 0; i < kv.length; i += 2) {
            m.put((String) kv[i], kv[i + 1]);
        }
        return m;
    }

    /** Appends the run's records to {@code file} (created if new). */
    public static void append(Path file, List<Map<String, Object>> records) {
        StringBuilder b = new StringBuilder();
        try {
            for (Map<String, Object> rec : records) {
                b.append(JSON.writeValueAsString(rec)).append('\n');
            }
            Path parent = file.toAbsolutePath().getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
            try (FileChannel ch = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                    StandardOpenOption.APPEND)) {
                ch.write(java.nio.ByteBuffer.wrap(b.toString().getBytes(StandardCharsets.UTF_8)));
                ch.force(true);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot append feedback records to " + file, e);
        }
    }
}
