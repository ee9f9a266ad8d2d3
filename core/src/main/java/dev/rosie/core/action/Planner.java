package dev.rosie.core.action;

import dev.rosie.core.command.Command;
import dev.rosie.core.execution.ExecutionEvent;
import dev.rosie.core.world.WorldSnapshot;

/**
 * The planner port. Implementations may be anything from a rule table to a remote LLM; callers
 * treat every result as untrusted and send plans to the safety guard.
 */
public interface Planner {

    /** The rule a refusal carries when a planner cannot plan around an execution failure. */
    String NO_REPLAN_RULE = "no-replan";

    /** A short name for logs and reports, e.g. {@code rule-based}. */
    String name();

    PlannerResult plan(Command command, WorldSnapshot world);

    /**
     * Proposes a new plan for {@code command} after {@code failure} (usually a
     * {@link ExecutionEvent.StepFailed}) stopped {@code failedPlan}, against the world as it is now.
     * Like any plan, the answer goes through the guard again; callers cap how often they ask.
     *
     * <p>By default a planner does not replan: it refuses, saying what failed.
     */
    default PlannerResult replan(Command command, WorldSnapshot world, Plan failedPlan, ExecutionEvent failure) {
        String what = failure instanceof ExecutionEvent.StepFailed f
                ? f.action().label() + " failed (" + f.reason().name().toLowerCase(java.util.Locale.ROOT) + ")"
                : "the plan stopped";
        return new Refusal(command.id(), "I could not finish that: " + what + ", and I have no other way to do it.",
                NO_REPLAN_RULE);
    }
}
