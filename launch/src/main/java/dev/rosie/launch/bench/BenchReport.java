package dev.rosie.launch.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import dev.rosie.core.RosieException;
import dev.rosie.core.bench.Stats;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * The outcome of one {@code rosie bench}: the command line, the machine, when, which benchmarks ran
 * or failed, and every figure. Written as JSON ({@code bench/results.json}) and printed as a table.
 */
public record BenchReport(String commandLine, Budget budget, Instant date, Machine machine,
        List<BenchRun.Outcome> outcomes) {
    public BenchReport {
        Objects.requireNonNull(commandLine, "commandLine");
        Objects.requireNonNull(budget, "budget");
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(machine, "machine");
        outcomes = List.copyOf(outcomes);
    }

    public boolean allRan() {
        return outcomes.stream().allMatch(o -> o instanceof BenchRun.Outcome.Ran);
    }

    public List<Figure> figures() {
        List<Figure> all = new ArrayList<>();
        outcomes.forEach(o -> {
            if (o instanceof BenchRun.Outcome.Ran r) {
                all.addAll(r.figures());
            }
        });
        return all;
    }

    public Map<String, Object> toJson() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("command", commandLine);
        m.put("budget", budget.label());
        m.put("date", date.toString());
        Map<String, Object> machineJson = new LinkedHashMap<>();
        machineJson.put("jdk", machine.jdk());
        machineJson.put("jdk_vendor", machine.jdkVendor());
        machineJson.put("cpus", machine.cpus());
        machineJson.put("cpu_model", machine.cpuModel());
        machineJson.put("os", machine.os());
        machineJson.put("memory_mib", machine.memoryMiB());
        machineJson.put("load_average_at_start", round(machine.loadAverageAtStart()));
        m.put("machine", machineJson);
        List<Map<String, Object>> benchmarks = new ArrayList<>();
        for (BenchRun.Outcome o : outcomes) {
            Map<String, Object> b = new LinkedHashMap<>();
            b.put("name", o.benchmark().name());
            b.put("measures", o.benchmark().measures());
            b.put("status", o instanceof BenchRun.Outcome.Ran ? "ran" : "failed");
            b.put("seconds", round(o.seconds()));
            b.put("figures", o.benchmark().figures());
            if (o instanceof BenchRun.Outcome.Failed f) {
                b.put("error", f.error());
            }
            benchmarks.add(b);
        }
        m.put("benchmarks", benchmarks);
        List<Map<String, Object>> figures = new ArrayList<>();
        for (BenchRun.Outcome o : outcomes) {
            if (o instanceof BenchRun.Outcome.Ran r) {
                r.figures().forEach(f -> figures.add(figureJson(o.benchmark().name(), f)));
            }
        }
        m.put("figures", figures);
        return m;
    }

    private static Map<String, Object> figureJson(String benchmark, Figure f) {
        Stats s = f.stats();
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("name", f.name());
        m.put("benchmark", benchmark);
        m.put("description", f.description());
        m.put("unit", f.unit());
        m.put("runs", s.runs());
        m.put("warmups", s.warmups());
        m.put("min", round(s.min()));
        m.put("p50", round(s.p50()));
        m.put("p99", round(s.p99()));
        m.put("max", round(s.max()));
        f.goal().ifPresent(g -> {
            m.put("goal", g.describe(f.unit()));
            m.put("goal_met", g.met(s));
        });
        if (!f.detail().isEmpty()) {
            m.put("detail", f.detail());
        }
        return m;
    }

    /** Writes the JSON to {@code file} (directories created), replacing it whole or not at all. */
    public void write(Path file) {
        try {
            Path target = file.toAbsolutePath();
            Files.createDirectories(target.getParent());
            Path tmp = Files.createTempFile(target.getParent(), target.getFileName().toString(), ".tmp");
            try {
                new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValue(tmp.toFile(), toJson());
                Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } finally {
                Files.deleteIfExists(tmp);
            }
        } catch (IOException e) {
            throw new RosieException("cannot write the benchmark results to " + file + ": " + e.getMessage(), false, e);
        }
    }

    /** The table: one line a figure, then the benchmarks that failed. */
    public void print(PrintWriter out) {
        String row = "%-48s %7s %10s %10s %10s %10s %-9s %-18s %s%n";
        out.printf(Locale.ROOT, row, "figure", "runs", "min", "p50", "p99", "max", "unit", "goal", "met");
        for (Figure f : figures()) {
            Stats s = f.stats();
            out.printf(Locale.ROOT, row, f.name(), s.runs(), Figure.number(s.min()), Figure.number(s.p50()),
                    Figure.number(s.p99()), Figure.number(s.max()), f.unit(),
                    f.goal().map(g -> g.describe(f.unit())).orElse(""),
                    f.met().map(m -> m ? "yes" : "NO").orElse(""));
        }
        for (BenchRun.Outcome o : outcomes) {
            if (o instanceof BenchRun.Outcome.Failed failed) {
                out.println("FAILED " + o.benchmark().name() + ": " + failed.error() + " (figures not measured: "
                        + String.join(", ", o.benchmark().figures()) + ")");
            }
        }
        out.println("Machine: " + machine.describe());
        out.flush();
    }

    private static double round(double v) {
        return Math.round(v * 1000) / 1000.0;
    }
}
