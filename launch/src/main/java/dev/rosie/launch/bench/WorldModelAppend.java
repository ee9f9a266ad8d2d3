package dev.rosie.launch.bench;

import dev.rosie.core.ManualClock;
import dev.rosie.core.bench.Stats;
import dev.rosie.core.bench.Timing;
import dev.rosie.core.command.Channel;
import dev.rosie.core.command.CommandId;
import dev.rosie.core.command.Source;
import dev.rosie.core.command.Trust;
import dev.rosie.core.world.Cell;
import dev.rosie.core.world.CleaningOutcome;
import dev.rosie.core.world.CleaningRun;
import dev.rosie.core.world.HistoryEvent;
import dev.rosie.core.world.OccupancyGrid;
import dev.rosie.worldmodel.map.LoadedMap;
import dev.rosie.worldmodel.store.SqliteWorldModel;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * World-model log appends with a durable commit (SQLite in WAL mode with synchronous=FULL: every
 * commit reaches the disk before the call returns), in a fresh world on the disk the output file is
 * on: a whole-room cleaning run (the living room, every free cell) and one history event (what the
 * robot journals for each command, proposal and verdict).
 */
final class WorldModelAppend {
    static final String RUN = "worldmodel.append_room_run_durable";
    static final String EVENT = "worldmodel.append_history_event_durable";
    private static final Source OWNER = new Source(Channel.VOICE, "alex", Trust.OWNER);

    private WorldModelAppend() {
    }

    static Benchmark entry() {
        return new Benchmark("worldmodel", "world-model log append with durable commit (SQLite WAL, fsync)",
                List.of(RUN, EVENT), WorldModelAppend::run);
    }

    static List<Figure> run(BenchContext context) {
        LoadedMap apartment = context.apartment();
        ManualClock clock = new ManualClock(BenchContext.START);
        OccupancyGrid grid = apartment.map().grid();
        Set<Cell> livingRoom = grid.cellsInside(apartment.map().room("living room").orElseThrow().area()).stream()
                .filter(grid::isFree).collect(Collectors.toSet());
        int warmups = context.budget().warmups(20, 5);
        int runs = context.budget().runs(200, 20);
        Timing timing = Timing.system();
        try (SqliteWorldModel world = SqliteWorldModel.open(context.freshDir("worldmodel"), apartment, clock)) {
            Stats runStats = timing.measure(warmups, runs, 1e6, i -> world.recordCleaning(run(clock, "r" + i, livingRoom)));
            Stats eventStats = timing.measure(warmups, runs, 1e6, i -> world.recordEvent(new HistoryEvent(clock.instant(),
                    "command", Optional.of(new CommandId("h" + i)), "{\"text\":\"clean the kitchen\"}")));
            return List.of(
                    Figure.of(RUN, "world model: durable append of a whole-room cleaning run", "ms", runStats)
                            .with("cells", livingRoom.size()),
                    Figure.of(EVENT, "world model: durable append of one history event", "ms", eventStats));
        }
    }

    private static CleaningRun run(ManualClock clock, String id, Set<Cell> cells) {
        Instant start = clock.instant();
        clock.advance(Duration.ofMinutes(2));
        return new CleaningRun(new CommandId(id), "living room", OWNER, start, start.plus(Duration.ofMinutes(10)),
                CleaningOutcome.COMPLETED, cells);
    }
}
