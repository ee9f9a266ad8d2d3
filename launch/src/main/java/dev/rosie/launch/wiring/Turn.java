package dev.rosie.launch.wiring;

import dev.rosie.core.action.Clarification;
import dev.rosie.core.action.Plan;
import dev.rosie.core.action.Refusal;
import dev.rosie.core.command.Command;
import dev.rosie.core.execution.ExecutionEvent;
import java.time.Duration;
import java.util.List;

/** What became of one piece of input, from intake to the last execution event. */
public sealed interface Turn {

    /** Intake did not make a command of it (empty, too long, untrusted). */
    record NotACommand(String reason) implements Turn {
    }

    /** The planner asked back instead of guessing (unknown room, unclear request). */
    record Clarified(Command command, String planner, Clarification question) implements Turn {
    }

    /** The planner or the guard said no; {@code plan} is empty when the planner itself refused. */
    record Refused(Command command, String planner, java.util.Optional<Plan> plan, Refusal refusal, String by)
            implements Turn {
    }

    /**
     * The guard approved and the executor ran the plan.
     *
     * @param plan the last plan run: after a replan, the new one
     * @param events every execution event of the turn, across replans
     * @param replans how many new plans were run after a step failed
     * @param gaveUp what Rosie said when it could not replan around a failure (the planner's or the
     *     guard's refusal, or the planner's question); empty when it succeeded or never tried
     */
    record Executed(Command command, String planner, Plan plan, String policy, List<ExecutionEvent> events,
            boolean succeeded, Duration simulated, double distance, int replans, java.util.Optional<String> gaveUp)
            implements Turn {
        public Executed {
            events = List.copyOf(events);
            java.util.Objects.requireNonNull(gaveUp, "gaveUp");
            if (replans < 0) {
                throw new IllegalArgumentException("replans cannot be negative");
            }
        }

        /** A turn without replanning. */
        public Executed(Command command, String planner, Plan plan, String policy, List<ExecutionEvent> events,
                boolean succeeded, Duration simulated, double distance) {
            this(command, planner, plan, policy, events, succeeded, simulated, distance, 0, java.util.Optional.empty());
        }
    }
}
