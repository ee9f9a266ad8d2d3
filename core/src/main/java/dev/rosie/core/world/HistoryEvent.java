package dev.rosie.core.world;

import dev.rosie.core.command.CommandId;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * One line of the robot's event history: a command, plan, verdict or outcome, so the robot can
 * explain itself later.
 *
 * @param kind {@code command}, {@code plan}, {@code verdict}, {@code outcome}, ...
 * @param detail a JSON document or a sentence
 */
public record HistoryEvent(Instant at, String kind, Optional<CommandId> commandId, String detail) {
    public HistoryEvent {
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(commandId, "commandId");
        Objects.requireNonNull(detail, "detail");
    }
}
