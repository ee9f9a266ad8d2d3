package dev.rosie.launch.mission;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import dev.rosie.launch.report.TurnReport;
import dev.rosie.sim.RoomDirt;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * {@code report.json} of a mission run. Only simulated quantities go in (no wall-clock time, no
 * paths), so the same mission and seed give the same bytes; field names are snake_case.
 */
public final class MissionReport {
    public static final int FORMAT_VERSION = 1;
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private MissionReport() {
    }

    public static Map<String, Object> build(MissionResult r, List<ExpectationCheck.Result> checks) {
        Map<String, Object> doc = new LinkedHashMap<>();
        doc.put("report", "mission");
        doc.put("format_version", FORMAT_VERSION);
        doc.put("mission", r.mission().name());
        doc.put("description", r.mission().description());
        doc.put("seed", r.seed());
        doc.put("map", r.map().name());
        doc.put("planner", r.planner());
        doc.put("start_time", r.mission().startTime().toString());
        List<Map<String, Object>> steps = new ArrayList<>();
        for (StepRecord s : r.steps()) {
            Map<String, Object> t = TurnReport.describe("step " + (s.index() + 1), s.turn(), s.input());
            Map<String, Object> step = new LinkedHashMap<>();
            step.put("step", s.index());
            step.put("at_s", s.startedAt().toMillis() / 1000.0);
            s.note().ifPresent(n -> step.put("note", n));
            step.putAll(t);
            step.put("snapshot_sha256", s.snapshotDigest());
            step.put("unsafe_events", s.unsafe());
            step.put("collisions", s.collisions());
            step.put("reward", Reward.of(s));
            steps.add(step);
        }
        doc.put("steps", steps);
        doc.put("events", r.events());
        doc.put("totals", totals(r));
        List<Map<String, Object>> expectations = new ArrayList<>();
        for (ExpectationCheck.Result c : checks) {
            Map<String, Object> e = new LinkedHashMap<>();
            e.put("expect", c.expectation().describe());
            e.put("passed", c.passed());
            e.put("actual", c.actual());
            expectations.add(e);
        }
        doc.put("expectations", expectations);
        doc.put("passed", checks.stream().allMatch(ExpectationCheck.Result::passed));
        return doc;
    }

    private static Map<String, Object> totals(MissionResult r) {
        Map<String, Object> t = new LinkedHashMap<>();
        t.put("simulated_seconds", r.simulated().toMillis() / 1000.0);
        t.put("ticks", r.ticks());
        t.put("timed_out", r.timedOut());
        t.put("distance_m", round(r.distance(), 100));
        t.put("collisions", r.collisions());
        Map<String, Object> coverage = new LinkedHashMap<>();
        for (Map.Entry<String, RoomDirt> e : r.dirt().entrySet()) {
            RoomDirt d = e.getValue();
            Map<String, Object> room = new LinkedHashMap<>();
            room.put("coverage", round(d.coverage(), 1000));
            room.put("covered_cells", d.coveredCells());
            room.put("cleanable_cells", d.cleanableCells());
            room.put("residual_dirt_fraction", round(d.residualFraction(), 1000));
            coverage.put(e.getKey(), room);
        }
        t.put("coverage", coverage);
        List<Map<String, Object>> unsafe = new ArrayList<>();
        r.unsafe().forEach(u -> {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("kind", u.kind().wireName());
            m.put("at_s", (u.at().toEpochMilli() - r.mission().startTime().toEpochMilli()) / 1000.0);
            m.put("subject", u.subject());
            m.put("detail", u.detail());
            m.put("x", round(u.pose().x(), 100));
            m.put("y", round(u.pose().y(), 100));
            unsafe.add(m);
        });
        t.put("unsafe_event_count", unsafe.size());
        t.put("unsafe_events", unsafe);
        Map<String, Object> battery = new LinkedHashMap<>();
        battery.put("start", round(r.batteryStart(), 1000));
        battery.put("end", round(r.batteryEnd(), 1000));
        battery.put("docked_at_end", r.docked());
        t.put("battery", battery);
        List<Map<String, Object>> stops = new ArrayList<>();
        r.trace().stops().forEach(s -> {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("at_s", (s.at.toEpochMilli() - r.mission().startTime().toEpochMilli()) / 1000.0);
            m.put("by", s.by);
            m.put("wheels_zero_after_ticks", s.zeroAfterTicks);
            m.put("at_rest_after_ticks", s.restAfterTicks);
            m.put("braking_m", round(s.brakingMetres, 1000));
            m.put("moved_at_rest_m", round(s.movedAtRestMetres, 1000));
            m.put("released_at_s", s.releasedAt == null ? null
                    : (s.releasedAt.toEpochMilli() - r.mission().startTime().toEpochMilli()) / 1000.0);
            stops.add(m);
        });
        t.put("estops", stops);
        List<String> log = r.log().stream().map(run -> run.room() + " " + run.outcome().wireName() + " "
                + run.cells().size() + " cells").toList();
        t.put("cleaning_log", log);
        t.put("doors_open", r.doorsOpen());
        return t;
    }

    public static void write(Path file, Map<String, Object> doc) {
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
            Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
            JSON.writeValue(tmp.toFile(), doc);
            Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file, e);
        }
    }

    /** The summary printed after a run. */
    public static List<String> summary(MissionResult r, List<ExpectationCheck.Result> checks) {
        List<String> lines = new ArrayList<>();
        boolean passed = checks.stream().allMatch(ExpectationCheck.Result::passed);
        lines.add(String.format(Locale.ROOT, "mission %s (seed %d): %s. %s simulated in %.2f s wall (%.0fx real time),"
                        + " %.1f m driven, %d collisions, %d unsafe events, battery %.0f%% -> %.0f%%%s", r.mission().name(),
                r.seed(), passed ? "PASSED" : "FAILED", Durations.format(java.time.Duration.ofSeconds(r.simulated().toSeconds())),
                r.wall().toNanos() / 1e9, r.speed(), r.distance(), r.collisions(), r.unsafe().size(), r.batteryStart() * 100,
                r.batteryEnd() * 100, r.docked() ? " (docked)" : ""));
        for (StepRecord s : r.steps()) {
            lines.add(String.format(Locale.ROOT, "  step %d at %s: %s -> %s%s", s.index() + 1,
                    Durations.format(java.time.Duration.ofSeconds(s.startedAt().toSeconds())), s.input().get("description"),
                    ExpectationCheck.outcome(s.turn()), s.turn() instanceof dev.rosie.launch.wiring.Turn.Refused x
                            ? " (" + x.refusal().rule() + ")" : ""));
        }
        StringBuilder cov = new StringBuilder("  coverage:");
        r.dirt().forEach((room, d) -> cov.append(String.format(Locale.ROOT, " %s %.0f%%;", room, d.coverage() * 100)));
        lines.add(cov.toString());
        for (ExpectationCheck.Result c : checks) {
            lines.add("  " + (c.passed() ? "ok   " : "FAIL ") + c.expectation().describe() + ": " + c.actual());
        }
        return lines;
    }

    private static double round(double v, double scale) {
        return Math.round(v * scale) / scale;
    }
}
