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
import dev.rosie.safety.SafetyGuard;
import dev.rosie.safety.Verdict;

/**
 * Asks the planner for a new plan after a failed step and has the guard review it, journaling and
 * announcing both like a first proposal. The robot decides whether to ask (its cap) and runs what
 * comes back approved.
 */
final class Replanner {
    private final Planner planner;
    private final SafetyGuard guard;
    private final Journal journal;
    private final TurnListener observer;
    private final ManualClock clock;

    Replanner(Planner planner, SafetyGuard guard, Journal journal, TurnListener observer, ManualClock clock) {
        this.planner = planner;
        this.guard = guard;
        this.journal = journal;
        this.observer = observer;
        this.clock = clock;
    }

    Replanning replan(Command command, WorldSnapshot snapshot, Plan failedPlan, ExecutionEvent.StepFailed failure) {
        PlannerResult proposal;
        try {
            proposal = guard.privacy().worded(planner.replan(command, snapshot, failedPlan, failure), command, snapshot);
        } catch (RuntimeException e) {
            // A planner bug must not take the control loop down: the turn ends as failed, said plainly.
            return new Replanning.GaveUp("I could not make a new plan (" + e.getMessage() + ").");
        }
        journal.proposal(clock.instant(), planner.name(), proposal);
        observer.proposed(planner.name(), proposal);
        return switch (proposal) {
            case Refusal r -> new Replanning.GaveUp(r.said());
            case Clarification c -> new Replanning.GaveUp(c.question());
            case Plan plan -> {
                Verdict verdict = guard.review(command, plan, snapshot);
                journal.verdict(clock.instant(), command, verdict);
                observer.judged(verdict);
                yield switch (verdict) {
                    // Said to the one who asked: the household hears the full reason, anyone else the public one.
                    case Verdict.Refused r -> new Replanning.GaveUp(r.refusal().said());
                    case ApprovedPlan approved -> new Replanning.Approved(approved);
                    // The new plan waits for the owner like any other: this turn ends with the question,
                    // and the owner's "yes" releases that plan through the guard as usual.
                    case Verdict.ConfirmationNeeded c -> new Replanning.GaveUp(c.question());
                };
            }
        };
    }
}
