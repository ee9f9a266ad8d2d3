package dev.rosie.worldmodel.store;

import dev.rosie.core.command.Channel;
import dev.rosie.core.command.CommandId;
import dev.rosie.core.command.Source;
import dev.rosie.core.command.Trust;
import dev.rosie.core.world.Cell;
import dev.rosie.core.world.CleaningOutcome;
import dev.rosie.core.world.CleaningRun;
import java.time.Duration;
import java.time.Instant;
import java.util.Set;

/** Cleaning runs for store tests. */
final class Runs {
    static final Source ALEX_BY_VOICE = new Source(Channel.VOICE, "alex", Trust.OWNER);

    private Runs() {
    }

    static CleaningRun run(String id, String room, Instant start, Duration took, CleaningOutcome outcome, Set<Cell> cells) {
        return new CleaningRun(new CommandId(id), room, ALEX_BY_VOICE, start, start.plus(took), outcome, cells);
    }

    static CleaningRun completed(String id, String room, Instant start, Set<Cell> cells) {
        return run(id, room, start, Duration.ofMinutes(10), CleaningOutcome.COMPLETED, cells);
    }
}
