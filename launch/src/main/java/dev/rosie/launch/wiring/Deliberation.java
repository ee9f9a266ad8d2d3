package dev.rosie.launch.wiring;

import dev.rosie.actuation.monitor.EmergencyStop;
import dev.rosie.core.ManualClock;
import dev.rosie.core.action.Clarification;
import dev.rosie.core.action.Plan;
import dev.rosie.core.action.Planner;
import dev.rosie.core.action.PlannerResult;
import dev.rosie.core.action.Refusal;
import dev.rosie.core.command.Command;
import dev.rosie.core.command.Source;
import dev.rosie.core.world.WorldModel;
import dev.rosie.core.world.WorldSnapshot;
import dev.rosie.perception.intake.CommandIntake;
import dev.rosie.perception.intake.IntakeResult;
import dev.rosie.safety.ApprovedPlan;
import dev.rosie.safety.SafetyGuard;
import dev.rosie.safety.Verdict;
import java.util.Objects;
import java.util.Optional;

/**
 * What the robot makes of a piece of text before anything moves: not a command (intake rejected
 * it), refused while the e-stop is engaged, refused by the privacy rule before any planner sees it, the owner's answer to a pending
 * confirmation, or else the planner's proposal reviewed by the guard. Every step is journaled and
 * announced to the turn's listener.
 */
final class Deliberation {
    /** What deliberating came to. */
    sealed interface Outcome {
    }

    /** The turn ends here: not a command, refused, or a question back. */
    record Ended(Turn turn) implements Outcome {
    }

    /**
     * The guard approved {@code approved} in the world {@code snapshot} shows: it runs next. The
     * {@code command} is the one deliberated, which for an owner's "yes" is not the approved plan's.
     */
    record Approved(Command command, ApprovedPlan approved, WorldSnapshot snapshot) implements Outcome {
    }

    private final CommandIntake intake;
    private final WorldModel world;
    private final Planner planner;
    private final SafetyGuard guard;
    private final EmergencyStop estop;
    private final Journal journal;
    private final TurnListener observer;
    private final ManualClock clock;

    Deliberation(RobotParts parts, Journal journal) {
        this.intake = parts.intake();
        this.world = parts.world();
        this.planner = parts.planner();
        this.guard = parts.guard();
        this.estop = parts.estop();
        this.journal = Objects.requireNonNull(journal, "journal");
        this.observer = parts.observer();
        this.clock = parts.clock();
    }

    Outcome consider(String text, Source source) {
        return switch (intake.submit(text, source)) {
            case IntakeResult.Rejected r -> {
                journal.rejected(clock.instant(), source, r);
                yield new Ended(new Turn.NotACommand(r.reason()));
            }
            case IntakeResult.Accepted a -> consider(a.command());
        };
    }

    private Outcome consider(Command command) {
        journal.command(command);
        observer.accepted(command);
        Optional<EmergencyStop.Engaged> stop = estop.state();
        if (stop.isPresent()) {
            // Who engaged it is the household's business: outsiders hear only that it is engaged.
            Refusal refusal = new Refusal(command.id(), "I can't do that now: the emergency stop is engaged (by "
                    + stop.get().by() + "). An owner has to release it first.", "e-stop-engaged",
                    "I can't do that now: the emergency stop is engaged. An owner has to release it first.",
                    guard.privacy().audience(command.source()));
            journal.estopRefusal(clock.instant(), command, refusal);
            return new Ended(new Turn.Refused(command, planner.name(), Optional.empty(), refusal, "e-stop"));
        }
        WorldSnapshot snapshot = world.snapshot();
        Optional<Refusal> secret = guard.privacy().question(command, snapshot);
        if (secret.isPresent()) {
            // A question about the household's routine from someone who may not hear it: refused by rule,
            // before any planner (which might answer it) sees it.
            Verdict refused = new Verdict.Refused(secret.get());
            journal.verdict(clock.instant(), command, refused);
            observer.judged(refused);
            return new Ended(new Turn.Refused(command, planner.name(), Optional.empty(), secret.get(), "guard"));
        }
        if (Confirmations.isConfirmation(command.text()) && guard.pendingConfirmation().isPresent()) {
            return decide(command, guard.confirm(command, snapshot), Optional.empty(), snapshot);
        }
        PlannerResult proposal = guard.privacy().worded(planner.plan(command, snapshot), command, snapshot);
        journal.proposal(clock.instant(), planner.name(), proposal);
        observer.proposed(planner.name(), proposal);
        return switch (proposal) {
            case Clarification c -> new Ended(new Turn.Clarified(command, planner.name(), c));
            case Refusal r -> new Ended(new Turn.Refused(command, planner.name(), Optional.empty(), r, "planner"));
            case Plan plan -> decide(command, guard.review(command, plan, snapshot), Optional.of(plan), snapshot);
        };
    }

    /** Acts on the guard's verdict on {@code command}: an approved plan to run, or the end of the turn. */
    private Outcome decide(Command command, Verdict verdict, Optional<Plan> plan, WorldSnapshot snapshot) {
        journal.verdict(clock.instant(), command, verdict);
        observer.judged(verdict);
        return switch (verdict) {
            case Verdict.Refused r -> new Ended(new Turn.Refused(command, planner.name(), plan, r.refusal(), "guard"));
            case Verdict.ConfirmationNeeded c -> new Ended(new Turn.Clarified(command, planner.name(),
                    new Clarification(command.id(), c.question())));
            case ApprovedPlan approved -> new Approved(command, approved, snapshot);
        };
    }
}
