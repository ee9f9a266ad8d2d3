package dev.rosie.worldmodel.store;

import dev.rosie.core.ManualClock;
import dev.rosie.core.command.CommandId;
import dev.rosie.core.world.Cell;
import dev.rosie.core.world.CleaningOutcome;
import dev.rosie.core.world.CleaningRun;
import dev.rosie.core.world.HomeMap;
import dev.rosie.core.world.OccupancyGrid;
import dev.rosie.core.world.Point;
import dev.rosie.core.world.Polygon;
import dev.rosie.core.world.Pose;
import dev.rosie.core.world.Room;
import dev.rosie.worldmodel.map.LoadedMap;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

/**
 * Runs in a child JVM for {@link CrashSafetyIT}: appends cleaning runs to the world model as fast
 * as it can and prints each run's id on stdout only after its commit returned, until it is
 * killed. Arguments: data directory, life number (makes ids and times unique across lives), seed,
 * and optionally a number of runs after which it exits normally.
 */
public final class CrashChild {
    static final Instant T0 = Instant.parse("2026-03-01T08:00:00Z");

    private CrashChild() {
    }

    public static void main(String[] args) {
        Path dataDir = Path.of(args[0]);
        int life = Integer.parseInt(args[1]);
        Random random = new Random(Long.parseLong(args[2]) * 1_000 + life);
        int maxRuns = args.length > 3 ? Integer.parseInt(args[3]) : Integer.MAX_VALUE;
        // Each life starts an hour after the previous one's start, so run times only ever increase.
        ManualClock clock = new ManualClock(T0.plus(Duration.ofHours(life)));
        LoadedMap map = map();
        PrintStream out = System.out;
        try (SqliteWorldModel world = SqliteWorldModel.open(dataDir, map, clock)) {
            for (int n = 1; n <= maxRuns; n++) {
                Instant start = clock.instant();
                clock.advance(Duration.ofSeconds(1));
                CleaningRun run = new CleaningRun(new CommandId(id(life, n)), "room", Runs.ALEX_BY_VOICE, start, clock.instant(),
                        random.nextInt(5) == 0 ? CleaningOutcome.INTERRUPTED : CleaningOutcome.COMPLETED, cells(random));
                world.recordCleaning(run);
                out.println(run.commandId().value());
                out.flush();
                if (out.checkError()) {
                    return; // the parent is gone: nobody is counting, stop writing
                }
            }
        }
    }

    /**
     * One 3 x 2 m room at 5 cm (60 x 40 cells, walls on the border), built from core types rather
     * than parsed: each of the hundred short lives would otherwise spend much of itself loading a
     * YAML parser.
     */
    static LoadedMap map() {
        int w = 60;
        int h = 40;
        byte[] cells = new byte[w * h];
        for (int iy = 0; iy < h; iy++) {
            for (int ix = 0; ix < w; ix++) {
                boolean wall = ix < 2 || iy < 2 || ix >= w - 2 || iy >= h - 2;
                cells[iy * w + ix] = wall ? OccupancyGrid.OCCUPIED : OccupancyGrid.FREE;
            }
        }
        OccupancyGrid grid = new OccupancyGrid(0.05, new Point(0, 0), w, h, cells);
        Room room = new Room("room", Polygon.rectangle(0, 0, 3, 2));
        return new LoadedMap(new HomeMap("crash test flat", grid, List.of(room), List.of(), List.of(), List.of(),
                new Pose(1.5, 1.0, 0)), List.of());
    }

    static String id(int life, int n) {
        return "L" + life + "-" + n;
    }

    /** 1 to 100 random cells of the room, inside the walls. */
    private static Set<Cell> cells(Random random) {
        int count = 1 + random.nextInt(100);
        Set<Cell> cells = new HashSet<>();
        while (cells.size() < count) {
            cells.add(new Cell(2 + random.nextInt(56), 2 + random.nextInt(36)));
        }
        return cells;
    }
}
