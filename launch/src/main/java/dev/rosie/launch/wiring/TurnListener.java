package dev.rosie.launch.wiring;

import dev.rosie.core.action.PlannerResult;
import dev.rosie.core.command.Command;
import dev.rosie.core.execution.ExecutionListener;
import dev.rosie.safety.Verdict;

/** Follows a turn as it happens: the command, the proposal, the verdict, then execution events. */
public interface TurnListener extends ExecutionListener {

    default void accepted(Command command) {
    }

    default void proposed(String planner, PlannerResult proposal) {
    }

    default void judged(Verdict verdict) {
    }

    /** Listens to nothing. */
    static TurnListener silent() {
        return event -> { };
    }
}
