package dev.rosie.launch.report;

import dev.rosie.core.action.Clarification;
import dev.rosie.core.action.Plan;
import dev.rosie.core.action.PlannerResult;
import dev.rosie.core.action.Refusal;
import dev.rosie.core.command.Command;
import dev.rosie.core.execution.ExecutionEvent;
import dev.rosie.launch.wiring.Turn;
import dev.rosie.launch.wiring.TurnListener;
import dev.rosie.safety.ApprovedPlan;
import dev.rosie.safety.Verdict;
import java.io.PrintWriter;
import java.time.Duration;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** Prints a readable account of each turn as it happens: command, plan, verdict, progress, result. */
public final class Narrator implements TurnListener {
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm:ss", Locale.ROOT);

    private final PrintWriter out;
    private final ZoneId zone;

    public Narrator(PrintWriter out, ZoneId zone) {
        this.out = out;
        this.zone = zone;
    }

    public void begin(String label) {
        out.println();
        out.println(label);
    }

    @Override
    public void accepted(Command c) {
        out.println("  command " + c.id() + " from " + c.source() + ": \"" + c.text() + "\"");
        if (c.screening().suspicious()) {
            out.println("  screening flags: " + String.join(", ", c.screening().flags()));
        }
    }

    @Override
    public void proposed(String planner, PlannerResult proposal) {
        switch (proposal) {
            case Plan p -> out.println("  plan (" + planner + " planner): " + String.join(" -> ", p.labels()));
            case Refusal r -> out.println("  planner (" + planner + ") refused, rule " + r.rule());
            case Clarification c -> out.println("  planner (" + planner + ") needs a clarification");
        }
    }

    @Override
    public void judged(Verdict verdict) {
        switch (verdict) {
            case ApprovedPlan a -> {
                out.println("  safety guard: APPROVED (policy " + a.policy() + ")");
                a.removed().forEach(r -> out.println("    took out " + r.step().label() + " (rule " + r.rule() + ")"));
            }
            case Verdict.Refused r -> out.println("  safety guard: REFUSED, rule " + r.refusal().rule());
            case Verdict.ConfirmationNeeded c -> out.println("  safety guard: NEEDS THE OWNER'S CONFIRMATION, rule "
                    + c.rule() + " (until " + c.expiresAt() + ")");
        }
    }

    @Override
    public void on(ExecutionEvent event) {
        switch (event) {
            case ExecutionEvent.StepStarted s -> out.printf("  %s step %d: %s%n", time(s), s.index() + 1, s.action().label());
            case ExecutionEvent.StepProgress p -> {
                if (Math.round(p.fraction() * 10) % 2 == 0) {
                    out.printf(Locale.ROOT, "  %s   %3.0f%%  at (%.2f, %.2f)%n", time(p), p.fraction() * 100,
                            p.pose().x(), p.pose().y());
                }
            }
            case ExecutionEvent.StepDone d -> out.printf("  %s   done: %s%n", time(d), d.action().label());
            case ExecutionEvent.StepFailed f -> out.printf("  %s   FAILED: %s (%s: %s)%n", time(f), f.action().label(),
                    f.reason().name().toLowerCase(Locale.ROOT), f.detail());
            case ExecutionEvent.Said s -> out.printf("  %s   Rosie says: \"%s\"%n", time(s), s.text());
            case ExecutionEvent.CleaningFinished c -> out.printf(Locale.ROOT,
                    "  %s   cleaning log: %s %s, %d of %d floor cells (%.0f%%)%n", time(c), c.run().room(),
                    c.run().outcome().wireName(), c.run().cells().size(), c.floorCells(), c.coverage() * 100);
            case ExecutionEvent.PlanStarted p -> { }
            case ExecutionEvent.PlanFinished f -> { }
        }
    }

    /** How the turn ended, in a line or two. */
    public void end(Turn turn) {
        switch (turn) {
            case Turn.NotACommand n -> out.println("  not a command: " + n.reason());
            case Turn.Clarified c -> out.println("  Rosie asks: \"" + c.question().question() + "\"");
            // What the robot says to whoever asked: a guest does not hear the household's details.
            case Turn.Refused r -> out.println("  Rosie says: \"" + r.refusal().said() + "\"");
            case Turn.Executed e -> {
                long runs = e.events().stream().filter(ev -> ev instanceof ExecutionEvent.CleaningFinished).count();
                e.gaveUp().ifPresent(said -> out.println("  Rosie says: \"" + said + "\""));
                out.printf(Locale.ROOT, "  result: %s in %s simulated, %.1f m driven%s%s%n", e.succeeded() ? "done" : "NOT done",
                        human(e.simulated()), e.distance(), runs > 0 ? ", " + runs + " cleaning run(s) logged" : "",
                        e.replans() > 0 ? ", after " + e.replans() + (e.replans() == 1 ? " replan" : " replans") : "");
            }
        }
    }

    private String time(ExecutionEvent e) {
        return TIME.format(e.at().atZone(zone));
    }

    static String human(Duration d) {
        long s = d.toSeconds();
        return s >= 60 ? String.format(Locale.ROOT, "%dm %02ds", s / 60, s % 60) : s + "s";
    }
}
