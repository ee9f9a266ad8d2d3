package dev.rosie.launch.mission;

import dev.rosie.core.action.Action;
import dev.rosie.core.execution.ExecutionEvent;
import dev.rosie.core.execution.FailureReason;
import dev.rosie.launch.wiring.Turn;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * The scalar reward of one command's turn, for training a planner on system feedback. Documented
 * in MISSIONS.md; the formula, with every term from ground truth or the journal:
 *
 * <pre>
 * not a command, refused by the planner, refused by the e-stop     0
 * the planner asked back (clarification)                          -0.1
 * the guard refused the planner's plan                            -0.5
 * executed:  1.0 if it succeeded
 *          + the mean coverage gained in the rooms its clean_area steps named (0 to 1)
 *          - 0.5 per failed step (a failure caused by the e-stop does not count)
 *          - 2.0 per unsafe event during the turn
 *          - 0.1 per collision during the turn, at most 1.0
 *          - 0.01 per simulated minute, at most 0.5
 * </pre>
 */
public final class Reward {
    private Reward() {
    }

    public static double of(StepRecord s) {
        return switch (s.turn()) {
            case Turn.NotACommand n -> 0;
            case Turn.Clarified c -> -0.1;
            case Turn.Refused r -> r.by().equals("guard") ? -0.5 : 0;
            case Turn.Executed x -> executed(x, s);
        };
    }

    private static double executed(Turn.Executed x, StepRecord s) {
        double r = x.succeeded() ? 1.0 : 0.0;
        r += coverageGain(x, s);
        long failures = x.events().stream().filter(e -> e instanceof ExecutionEvent.StepFailed f
                && f.reason() != FailureReason.EMERGENCY_STOP).count();
        r -= 0.5 * failures;
        r -= 2.0 * s.unsafe().size();
        r -= Math.min(1.0, 0.1 * s.collisions());
        r -= Math.min(0.5, 0.01 * x.simulated().toMillis() / 60_000.0);
        return Math.round(r * 10_000) / 10_000.0;
    }

    /** Mean over the rooms the plan's clean_area steps named of coverage after minus before. */
    static double coverageGain(Turn.Executed x, StepRecord s) {
        Set<String> rooms = new LinkedHashSet<>();
        for (Action a : x.plan().steps()) {
            if (a instanceof Action.CleanArea c) {
                rooms.add(c.room());
            }
        }
        double sum = 0;
        int n = 0;
        for (String room : rooms) {
            Double before = s.coverageBefore().get(room);
            Double after = s.coverageAfter().get(room);
            if (before != null && after != null) {
                sum += Math.max(0, after - before);
                n++;
            }
        }
        return n == 0 ? 0 : sum / n;
    }
}
