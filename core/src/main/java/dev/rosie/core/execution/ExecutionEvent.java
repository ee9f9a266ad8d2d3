package dev.rosie.core.execution;

import dev.rosie.core.action.Action;
import dev.rosie.core.command.CommandId;
import dev.rosie.core.world.CleaningRun;
import dev.rosie.core.world.Pose;
import java.time.Instant;

/** Something the executor did or saw while running a plan. */
public sealed interface ExecutionEvent {

    CommandId commandId();

    Instant at();

    record PlanStarted(CommandId commandId, Instant at, int steps) implements ExecutionEvent {
    }

    record StepStarted(CommandId commandId, Instant at, int index, Action action) implements ExecutionEvent {
    }

    /** Periodic progress of a step, {@code fraction} from 0 to 1. */
    record StepProgress(CommandId commandId, Instant at, int index, double fraction, Pose pose) implements ExecutionEvent {
    }

    record StepDone(CommandId commandId, Instant at, int index, Action action) implements ExecutionEvent {
    }

    record StepFailed(CommandId commandId, Instant at, int index, Action action, FailureReason reason, String detail)
            implements ExecutionEvent {
    }

    /** The robot spoke. */
    record Said(CommandId commandId, Instant at, String text) implements ExecutionEvent {
    }

    /**
     * A cleaning run ended (completed or not) and is ready to be logged.
     *
     * @param floorCells how many floor cells the room has, so coverage is {@code run.cells().size() / floorCells}
     */
    record CleaningFinished(CommandId commandId, Instant at, CleaningRun run, int floorCells) implements ExecutionEvent {
        public double coverage() {
            return floorCells == 0 ? 0 : (double) run.cells().size() / floorCells;
        }
    }

    record PlanFinished(CommandId commandId, Instant at, boolean succeeded) implements ExecutionEvent {
    }
}
