package dev.rosie.launch.wiring;

import dev.rosie.core.ManualClock;
import dev.rosie.core.action.Clarification;
import dev.rosie.core.action.Plan;
import dev.rosie.core.action.Planner;
import dev.rosie.core.action.PlannerResult;
import dev.rosie.core.action.Refusal;
import dev.rosie.core.command.Command;
import dev.rosie.core.execution.ExecutionEvent;
import dev.rosie.core.world.WorldSnapshot;
import dev.rosie.safety.ApprovedPlan;
import dev.rosie.safety.Verdict;
import java.util.Optional;

/**
 * Decides whether a failed plan is worth a new one (a failure a new plan might get around, the
 * e-stop released, time left, fewer than the robot's cap of new plans so far), asks the planner for
 * it and has the guard review it, journaling and announcing both like a first proposal. The robot
 * runs what comes back approved.
 */
final class Replanner {
    private final RobotParts parts;
    private final Planner planner;
    private final Journal journal;
    private final ManualClock clock;

    Replanner(RobotParts parts, Journal journal) {
        this.parts = parts;
        this.planner = parts.planner();
        this.journal = journal;
        this.clock = parts.clock();
    }

    /** What follows the run {@code done}, whose plan did not succeed; {@code failure} is its last failed step. */
    Replanning afterFailure(TurnProgress.Run done, Optional<ExecutionEvent.StepFailed> failure) {
        if (failure.isEmpty() || !Replanning.worthTrying(failure.get().reason()) || parts.estop().engaged()
                || !clock.instant().isBefore(done.deadline())) {
            return new Replanning.NotTried();
        }
        if (done.replans() >= parts.maxReplans()) {
            return new Replanning.GaveUp("I tried " + parts.maxReplans() + " other plans and none worked, so I stopped.");
        }
        return replan(done.approved().command(), parts.world().snapshot(), done.approved().plan(), failure.get());
    }

    private Replanning replan(Command command, WorldSnapshot snapshot, Plan failedPlan, ExecutionEvent.StepFailed failure) {
        PlannerResult proposal;
        try {
            proposal = parts.guard().privacy().worded(planner.replan(command, snapshot, failedPlan, failure), command, snapshot);
        } catch (RuntimeException e) {
            // A planner bug must not take the control loop down: the turn ends as failed, said plainly.
            return new Replanning.GaveUp("I could not make a new plan (" + e.getMessage() + ").");
        }
        journal.proposal(clock.instant(), planner.name(), proposal);
        parts.observer().proposed(planner.name(), proposal);
        return switch (proposal) {
            case Refusal r -> new Replanning.GaveUp(r.said());
            case Clarification c -> new Replanning.GaveUp(c.question());
            case Plan plan -> {
                Verdict verdict = parts.guard().review(command, plan, snapshot);
                journal.verdict(clock.instant(), command, verdict);
                parts.observer().judged(verdict);
                yield switch (verdict) {
                    // Said to the one who asked: the household hears the full reason, anyone else the public one.
                    case Verdict.Refused r -> new Replanning.GaveUp(r.refusal().said());
                    case ApprovedPlan approved -> new Replanning.Approved(approved, snapshot);
                    // The new plan waits for the owner like any other: this turn ends with the question,
                    // and the owner's "yes" releases that plan through the guard as usual.
                    case Verdict.ConfirmationNeeded c -> new Replanning.GaveUp(c.question());
                };
            }
        };
    }
}
