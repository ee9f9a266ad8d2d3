package dev.rosie.core.action;

import dev.rosie.core.command.CommandId;
import java.util.List;
import java.util.Objects;

/**
 * A proposed sequence of actions for one command. Nothing about a plan is trusted: it goes to the
 * safety guard, which alone can turn it into something an executor will run.
 */
public record Plan(CommandId commandId, List<Action> steps, String rationale) implements PlannerResult {
    public static final int MAX_STEPS = 32;

    public Plan {
        Objects.requireNonNull(commandId, "commandId");
        steps = List.copyOf(steps);
        rationale = rationale == null ? "" : rationale;
        if (steps.isEmpty()) {
            throw new IllegalArgumentException("a plan needs at least one step");
        }
        if (steps.size() > MAX_STEPS) {
            throw new IllegalArgumentException("a plan has at most " + MAX_STEPS + " steps, not " + steps.size());
        }
    }

    /** The steps as {@code type:target} labels, in order. */
    public List<String> labels() {
        return steps.stream().map(Action::label).toList();
    }
}
