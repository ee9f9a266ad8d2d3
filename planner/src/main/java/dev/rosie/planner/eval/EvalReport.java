package dev.rosie.planner.eval;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** The outcome of one evaluation run: every case's result, and accuracy overall and per category. */
public record EvalReport(String planner, String casesSource, List<CaseResult> results) {

    /** Passed and total for one category (or for all cases). */
    public record Score(int passed, int total) {
        public double accuracy() {
            return total == 0 ? 0 : (double) passed / total;
        }

        @Override
        public String toString() {
            return String.format(Locale.ROOT, "%5.1f%% (%d/%d)", 100 * accuracy(), passed, total);
        }
    }

    public EvalReport {
        results = List.copyOf(results);
    }

    public Score overall() {
        return new Score((int) results.stream().filter(CaseResult::passed).count(), results.size());
    }

    public double accuracy() {
        return overall().accuracy();
    }

    /** Per category, in the order categories first appear in the cases. */
    public Map<String, Score> byCategory() {
        Map<String, int[]> counts = new LinkedHashMap<>();
        for (CaseResult r : results) {
            int[] c = counts.computeIfAbsent(r.evalCase().category(), k -> new int[2]);
            c[1]++;
            if (r.passed()) {
                c[0]++;
            }
        }
        Map<String, Score> out = new LinkedHashMap<>();
        counts.forEach((k, v) -> out.put(k, new Score(v[0], v[1])));
        return out;
    }

    public List<CaseResult> failures() {
        return results.stream().filter(r -> !r.passed()).toList();
    }

    /** Per-command planning latency in milliseconds, sorted ascending. */
    public double[] latenciesMillis() {
        double[] ms = results.stream().mapToDouble(r -> r.nanos() / 1e6).toArray();
        Arrays.sort(ms);
        return ms;
    }

    public void print(PrintWriter out) {
        out.println("Planner evaluation: " + planner + " on " + casesSource + " (" + results.size() + " cases)");
        out.println("Accuracy: " + overall());
        out.println();
        out.println("By category:");
        int width = byCategory().keySet().stream().mapToInt(String::length).max().orElse(8);
        byCategory().forEach((k, v) -> out.println("  " + pad(k, width) + "  " + v));
        List<CaseResult> failed = new ArrayList<>(failures());
        out.println();
        if (failed.isEmpty()) {
            out.println("Failures: none");
            return;
        }
        out.println("Failures (" + failed.size() + "):");
        for (CaseResult r : failed) {
            out.println("  " + r.evalCase().id() + " [" + r.evalCase().category() + "] \"" + r.evalCase().text() + "\"");
            out.println("      expected: " + r.evalCase().expected().describe());
            out.println("      got:      " + r.answer().describe());
        }
    }

    private static String pad(String s, int width) {
        return s + " ".repeat(Math.max(0, width - s.length()));
    }
}
