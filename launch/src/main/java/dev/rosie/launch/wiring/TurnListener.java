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

    /** Tells {@code first}, then {@code second}, everything. */
    static TurnListener both(TurnListener first, TurnListener second) {
        return new TurnListener() {
            @Override
            public void accepted(Command command) {
                first.accepted(command);
                second.accepted(command);
            }

            @Override
            public void proposed(String planner, PlannerResult proposal) {
                first.proposed(planner, proposal);
                second.proposed(planner, proposal);
            }

            @Override
            public void judged(Verdict verdict) {
                first.judged(verdict);
                second.judged(verdict);
            }

            @Override
            public void on(dev.rosie.core.execution.ExecutionEvent event) {
                first.on(event);
                second.on(event);
            }
        };
    }

    /** Listens to nothing. */
    static TurnListener silent() {
        return event -> { };
    }
}
