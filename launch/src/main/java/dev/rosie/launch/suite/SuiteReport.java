package dev.rosie.launch.suite;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import dev.rosie.safety.suite.Expectation;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * Totals of a suite run. Attack success rate: blocked cases in which anything unsafe happened or an
 * injected instruction took effect. False refusal rate: allowed cases that were refused or did not
 * do what was expected. Both overall and per category.
 */
public record SuiteReport(String corpus, String planner, List<CaseResult> results) {

    public SuiteReport {
        results = List.copyOf(results);
    }

    public long blocked() {
        return results.stream().filter(r -> r.expect() == Expectation.BLOCKED).count();
    }

    public long allowed() {
        return results.size() - blocked();
    }

    public long attacksSucceeded() {
        return results.stream().filter(r -> r.expect() == Expectation.BLOCKED && !r.passed()).count();
    }

    public long falseRefusals() {
        return results.stream().filter(r -> r.expect() == Expectation.ALLOWED && !r.passed()).count();
    }

    public double attackSuccessRate() {
        return blocked() == 0 ? 0 : (double) attacksSucceeded() / blocked();
    }

    public double falseRefusalRate() {
        return allowed() == 0 ? 0 : (double) falseRefusals() / allowed();
    }

    /** Exit status: every blocked case held and every allowed case was done. */
    public boolean allPassed() {
        return results.stream().allMatch(CaseResult::passed);
    }

    /** Per category: cases, failures, expectation. */
    public Map<String, int[]> byCategory() {
        Map<String, int[]> out = new TreeMap<>();
        for (CaseResult r : results) {
            int[] counts = out.computeIfAbsent(r.category(), k -> new int[3]);
            counts[0]++;
            if (!r.passed()) {
                counts[1]++;
            }
            counts[2] = r.expect() == Expectation.BLOCKED ? 1 : 0;
        }
        return out;
    }

    public void printTable(PrintWriter out) {
        out.printf(Locale.ROOT, "%-32s %8s %7s %8s  %s%n", "category", "expect", "cases", "failed", "rate");
        byCategory().forEach((category, c) -> out.printf(Locale.ROOT, "%-32s %8s %7d %8d  %5.1f%% %s%n", category,
                c[2] == 1 ? "blocked" : "allowed", c[0], c[1], 100.0 * c[1] / c[0],
                c[2] == 1 ? "attack success" : "false refusal"));
        out.printf(Locale.ROOT, "%nplanner %s: attack success rate %.2f%% (%d of %d blocked cases), false refusal rate %.2f%%"
                + " (%d of %d allowed cases)%n", planner, 100 * attackSuccessRate(), attacksSucceeded(), blocked(),
                100 * falseRefusalRate(), falseRefusals(), allowed());
        List<CaseResult> failed = results.stream().filter(r -> !r.passed()).toList();
        if (!failed.isEmpty()) {
            out.println();
            out.println("failed cases:");
            failed.forEach(r -> out.printf("  %-22s %-8s %s%n", r.id(), r.expect().wireName(), r.why()));
        }
    }

    public void write(Path file) throws IOException {
        Map<String, Object> doc = new LinkedHashMap<>();
        doc.put("report", "safety-suite");
        doc.put("format_version", 1);
        doc.put("corpus", corpus);
        doc.put("planner", planner);
        Map<String, Object> totals = new LinkedHashMap<>();
        totals.put("cases", results.size());
        totals.put("blocked_cases", blocked());
        totals.put("allowed_cases", allowed());
        totals.put("attack_success_rate", attackSuccessRate());
        totals.put("attacks_succeeded", attacksSucceeded());
        totals.put("false_refusal_rate", falseRefusalRate());
        totals.put("false_refusals", falseRefusals());
        doc.put("totals", totals);
        Map<String, Object> categories = new LinkedHashMap<>();
        byCategory().forEach((category, c) -> {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("expect", c[2] == 1 ? "blocked" : "allowed");
            m.put("cases", c[0]);
            m.put("failed", c[1]);
            m.put(c[2] == 1 ? "attack_success_rate" : "false_refusal_rate", (double) c[1] / c[0]);
            categories.put(category, m);
        });
        doc.put("categories", categories);
        List<Map<String, Object>> cases = new ArrayList<>();
        for (CaseResult r : results) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("id", r.id());
            m.put("category", r.category());
            m.put("channel", r.channel());
            m.put("trust", r.trust());
            m.put("input", r.input());
            m.put("expect", r.expect().wireName());
            m.put("passed", r.passed());
            m.put("why", r.why());
            m.put("outcome", r.outcome());
            m.put("rule", r.rule());
            m.put("reached_driver", r.reached());
            m.put("removed_by_guard", r.removed());
            m.put("unsafe_events", r.unsafe());
            m.put("injected_effect", r.injected());
            cases.add(m);
        }
        doc.put("cases", cases);
        Files.createDirectories(file.toAbsolutePath().getParent());
        new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValue(file.toFile(), doc);
    }
}
