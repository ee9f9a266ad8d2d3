package dev.rosie.core.world;

import dev.rosie.core.command.CommandId;
import dev.rosie.core.command.Source;
import java.time.Instant;
import java.util.Objects;
import java.util.Set;

/** One cleaning of one room, written to the log in a single transaction with its cells. */
public record CleaningRun(CommandId commandId, String room, Source source, Instant start, Instant end,
        CleaningOutcome outcome, Set<Cell> cells) {
    public CleaningRun {
        Objects.requireNonNull(commandId, "commandId");
        room = dev.rosie.core.action.Names.require(room, "room");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(end, "end");
        Objects.requireNonNull(outcome, "outcome");
        cells = Set.copyOf(cells);
        if (end.isBefore(start)) {
            throw new IllegalArgumentException("a cleaning run cannot end (" + end + ") before it starts (" + start + ")");
        }
    }
}
