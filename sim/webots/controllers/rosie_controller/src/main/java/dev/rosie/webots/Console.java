package dev.rosie.webots;

import dev.rosie.core.action.Plan;
import dev.rosie.core.action.Refusal;
import dev.rosie.core.command.Source;
import dev.rosie.core.execution.ExecutionEvent;
import java.io.PrintStream;
import java.time.Clock;
import java.time.LocalTime;
import java.time.temporal.ChronoUnit;
import java.util.Locale;

/**
 * What the controller tells the person watching: Webots shows a controller's standard output in
 * its console. Times are simulated time, the clock the loop runs on.
 */
public final class Console {
    private final PrintStream out;
    private final Clock clock;

    public Console(PrintStream out, Clock clock) {
        this.out = out;
        this.clock = clock;
    }

    void heard(String text, Source source) {
        line(source + " says: \"" + text + "\"");
    }

    void notACommand(String reason) {
        line("  not a command: " + reason);
    }

    void planned(String planner, Plan plan) {
        line("  plan (" + planner + "): " + String.join(" -> ", plan.labels()));
    }

    void approved(String policy) {
        line("  safety guard: APPROVED (policy " + policy + ")");
    }

    void refused(String by, Refusal refusal) {
        line("  " + (by.equals("guard") ? "safety guard" : "planner") + ": REFUSED, rule " + refusal.rule());
        says(refusal.reason());
    }

    void says(String text) {
        line("  Rosie says: \"" + text + "\"");
    }

    void event(ExecutionEvent event) {
        switch (event) {
            case ExecutionEvent.StepStarted s -> line("  step " + (s.index() + 1) + ": " + s.action().label());
            case ExecutionEvent.StepFailed f -> line("  step " + (f.index() + 1) + " failed (" + f.reason().name()
                    .toLowerCase(Locale.ROOT) + "): " + f.detail());
            case ExecutionEvent.CleaningFinished f -> line(String.format(Locale.ROOT,
                    "  cleaning log: %s, %d of %d floor cells (%.0f%%)", f.run().room(), f.run().cells().size(),
                    f.floorCells(), 100 * f.coverage()));
            case ExecutionEvent.Said s -> says(s.text());
            case ExecutionEvent.PlanFinished f -> line("  plan " + (f.succeeded() ? "done" : "ended without success"));
            case ExecutionEvent.PlanStarted p -> { }
            case ExecutionEvent.StepProgress p -> { }
            case ExecutionEvent.StepDone d -> { }
        }
    }

    public void line(String text) {
        out.println(LocalTime.now(clock).truncatedTo(ChronoUnit.SECONDS) + " " + text);
        out.flush();
    }
}
