package dev.rosie.launch.wiring;

import dev.rosie.core.command.CommandId;
import dev.rosie.core.execution.ExecutionEvent;
import dev.rosie.safety.ApprovedPlan;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The bookkeeping of the turn whose plan is running: the approved plan, when it started and must
 * end, every execution event of its command (across replans), the step in progress for telemetry,
 * and how many new plans it has had. The robot starts it when the guard approves a plan and turns it
 * into a {@link Turn.Executed} when the plan is over.
 */
final class TurnProgress {
    /**
     * The approved plan running now.
     *
     * @param replans how many times this command has been replanned so far
     * @param attemptFrom where in the turn's events the running plan's events begin
     */
    record Run(ApprovedPlan approved, Instant start, Instant deadline, double distanceBefore, int replans,
            int attemptFrom) {
    }

    private final List<ExecutionEvent> events = new ArrayList<>();
    private Run run;
    private Optional<String> currentAction = Optional.empty();

    /** A command's first approved plan starts: a new turn, with {@code maxRun} of simulated time. */
    void start(ApprovedPlan approved, Instant start, Duration maxRun, double distanceBefore) {
        events.clear();
        run = new Run(approved, start, start.plus(maxRun), distanceBefore, 0, 0);
    }

    /** A new plan takes over the finished run's command, keeping its start, time limit and distance. */
    void replanned(Run done, ApprovedPlan next) {
        run = new Run(next, done.start(), done.deadline(), done.distanceBefore(), done.replans() + 1, events.size());
    }

    /** Whether a plan was started and its turn not yet finished. */
    boolean active() {
        return run != null;
    }

    /** Whether the active run has reached its time limit at {@code now}. */
    boolean overdue(Instant now) {
        return run != null && !now.isBefore(run.deadline());
    }

    /** The command of the active run. */
    Optional<CommandId> command() {
        return Optional.ofNullable(run).map(r -> r.approved().command().id());
    }

    /** Ends the active run and returns it; the turn's events stay until the next {@link #start}. */
    Run finish() {
        Run done = run;
        run = null;
        currentAction = Optional.empty();
        return done;
    }

    /** Every execution event passes here, and tells what the body is doing. */
    void record(ExecutionEvent event) {
        events.add(event);
        switch (event) {
            case ExecutionEvent.StepStarted s -> currentAction = Optional.of(s.action().label());
            case ExecutionEvent.PlanFinished f -> currentAction = Optional.empty();
            default -> { }
        }
    }

    /** The label of the step running now, for telemetry. */
    Optional<String> currentAction() {
        return currentAction;
    }

    /** Whether a plan of this turn finished successfully. */
    boolean succeeded() {
        return events.stream().anyMatch(e -> e instanceof ExecutionEvent.PlanFinished f && f.succeeded());
    }

    /** The last step that failed in {@code done}'s own plan (not in the plans it replaced). */
    Optional<ExecutionEvent.StepFailed> lastFailure(Run done) {
        for (int i = events.size() - 1; i >= done.attemptFrom(); i--) {
            if (events.get(i) instanceof ExecutionEvent.StepFailed f) {
                return Optional.of(f);
            }
        }
        return Optional.empty();
    }

    /** The finished turn, as the caller sees it. */
    Turn.Executed executed(Run done, String planner, Instant now, double distanceNow, boolean succeeded,
            Optional<String> gaveUp) {
        ApprovedPlan approved = done.approved();
        return new Turn.Executed(approved.command(), planner, approved.plan(), approved.policy(), events, succeeded,
                Duration.between(done.start(), now), distanceNow - done.distanceBefore(), done.replans(), gaveUp);
    }
}
