package dev.rosie.launch.wiring;

import dev.rosie.core.command.Command;
import java.util.Objects;

/** How {@link Robot#begin} left a turn: already over, or with an approved plan now running. */
public sealed interface TurnStart {

    /** Intake, the planner, the guard or the e-stop ended the turn before anything moved. */
    record Ended(Turn turn) implements TurnStart {
        public Ended {
            Objects.requireNonNull(turn, "turn");
        }
    }

    /** The guard approved a plan and the executor is running it; tick until {@link Robot#collect()} returns it. */
    record Running(Command command) implements TurnStart {
        public Running {
            Objects.requireNonNull(command, "command");
        }
    }
}
