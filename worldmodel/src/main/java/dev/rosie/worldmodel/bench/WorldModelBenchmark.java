package dev.rosie.worldmodel.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.rosie.core.ManualClock;
import dev.rosie.core.bench.Timing;
import dev.rosie.core.command.Channel;
import dev.rosie.core.command.CommandId;
import dev.rosie.core.command.Source;
import dev.rosie.core.command.Trust;
import dev.rosie.core.world.BeingKind;
import dev.rosie.core.world.Cell;
import dev.rosie.core.world.CleaningOutcome;
import dev.rosie.core.world.CleaningRun;
import dev.rosie.core.world.HistoryEvent;
import dev.rosie.core.world.OccupancyGrid;
import dev.rosie.core.world.Point;
import dev.rosie.core.world.Sighting;
import dev.rosie.worldmodel.map.LoadedMap;
import dev.rosie.worldmodel.map.RosieMapLoader;
import dev.rosie.worldmodel.store.SqliteWorldModel;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.function.IntConsumer;
import java.util.stream.Collectors;

/**
 * Measures the world model where it matters: appending to the cleaning log with a durable commit
 * (WAL, {@code synchronous=FULL}: each commit waits for the disk), building a snapshot of the
 * reference apartment, and answering "last cleaned" questions over a log of a million cell records
 * (a 50 x 50 m home at 5 cm, every cell cleaned, plus tens of thousands of runs). Figures only; the
 * JSON also records the machine and SQLite's query plans, so a slow figure can be explained.
 */
public final class WorldModelBenchmark {
    static final Instant T0 = Instant.parse("2026-03-01T08:00:00Z");
    static final Source OWNER = new Source(Channel.VOICE, "alex", Trust.OWNER);

    /**
     * @param appends measured appends of each kind (after a tenth as many warm-up ones)
     * @param bigSide cells per side of the large home (1000 -> 1,000,000 cell records)
     * @param roomsPerSide the large home is split into roomsPerSide^2 square rooms
     * @param extraRuns small runs (50 cells each) added to the large home's log
     */
    public record Config(int appends, int snapshots, int queries, int bigSide, int roomsPerSide, int extraRuns) {
        public static Config standard() {
            return new Config(200, 200, 1_000, 1_000, 4, 20_000);
        }
    }

    /** The measured figures and what they were measured on. */
    public record Figures(Map<String, Object> environment, Map<String, Latency> latencies, Map<String, Object> facts) {
        public Map<String, Object> toJson() {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("environment", environment);
            Map<String, Object> l = new LinkedHashMap<>();
            latencies.forEach((k, v) -> l.put(k, v.toJson()));
            m.put("latencies", l);
            m.put("facts", facts);
            return m;
        }
    }

    private final Path workDir;
    private final Config config;
    private final Map<String, Latency> latencies = new LinkedHashMap<>();
    private final Map<String, Object> facts = new LinkedHashMap<>();

    public WorldModelBenchmark(Path workDir, Config config) {
        this.workDir = Objects.requireNonNull(workDir, "workDir");
        this.config = Objects.requireNonNull(config, "config");
    }

    /** Runs every measurement in fresh directories under the work directory and returns the figures. */
    public Figures run() throws IOException {
        deleteTree(workDir);
        Files.createDirectories(workDir);
        referenceApartment(workDir.resolve("reference"));
        millionCells(workDir.resolve("large"));
        // Insertion order, so the JSON reads in the order things were measured.
        return new Figures(environment(), java.util.Collections.unmodifiableMap(new LinkedHashMap<>(latencies)),
                java.util.Collections.unmodifiableMap(new LinkedHashMap<>(facts)));
    }

    private void referenceApartment(Path dir) {
        ManualClock clock = new ManualClock(T0);
        RosieMapLoader loader = new RosieMapLoader(clock);
        latencies.put("reference_map_load", measure(5, 20, i -> loader.referenceApartment()));
        LoadedMap apartment = loader.referenceApartment();
        OccupancyGrid grid = apartment.map().grid();
        Set<Cell> livingRoom = grid.cellsInside(apartment.map().room("living room").orElseThrow().area()).stream()
                .filter(grid::isFree).collect(Collectors.toSet());
        Set<Cell> small = livingRoom.stream().limit(100).collect(Collectors.toSet());
        facts.put("room_run_cells", livingRoom.size());
        try (SqliteWorldModel world = SqliteWorldModel.open(dir, apartment, clock)) {
            int warm = Math.max(1, config.appends() / 10);
            latencies.put("append_room_run_durable", measure(warm, config.appends(), i -> world.recordCleaning(run(clock, "r" + i, "living room", livingRoom))));
            latencies.put("append_small_run_durable", measure(warm, config.appends(), i -> world.recordCleaning(run(clock, "s" + i, "kitchen", small))));
            latencies.put("append_history_event_durable", measure(warm, config.appends(), i -> world.recordEvent(
                    new HistoryEvent(clock.instant(), "command", Optional.of(new CommandId("h" + i)), "{\"text\":\"clean the kitchen\"}"))));
            for (int i = 0; i < 50; i++) {
                world.addNote("note " + i, "fridge", clock.instant());
            }
            world.recordSighting(new Sighting("miso", BeingKind.PET, new Point(9.0, 4.0), "kitchen", clock.instant(), "camera", false));
            latencies.put("snapshot_reference_apartment", measure(config.snapshots() / 10, config.snapshots(), i -> world.snapshot()));
        }
    }

    private void millionCells(Path dir) throws IOException {
        ManualClock clock = new ManualClock(T0);
        LoadedMap home = new RosieMapLoader(clock).parse("large-home.yaml", largeHome());
        List<String> rooms = home.map().roomNames();
        OccupancyGrid grid = home.map().grid();
        long began = System.nanoTime();
        try (SqliteWorldModel world = SqliteWorldModel.open(dir, home, clock)) {
            // Every cell of every room cleaned once (the million cell records), then many small runs over a month.
            for (String room : rooms) {
                Set<Cell> all = Set.copyOf(grid.cellsInside(home.map().room(room).orElseThrow().area()));
                world.recordCleanings(List.of(run(clock, "full-" + room.replace(' ', '-'), room, all)));
            }
            Random random = new Random(42);
            int side = config.bigSide() / config.roomsPerSide();
            for (int done = 0; done < config.extraRuns(); ) {
                List<CleaningRun> batch = new ArrayList<>();
                for (int b = 0; b < 1_000 && done < config.extraRuns(); b++, done++) {
                    int r = random.nextInt(rooms.size());
                    int x0 = (r % config.roomsPerSide()) * side;
                    int y0 = (r / config.roomsPerSide()) * side;
                    Set<Cell> cells = new java.util.HashSet<>();
                    while (cells.size() < 50) {
                        cells.add(new Cell(x0 + random.nextInt(side), y0 + random.nextInt(side)));
                    }
                    batch.add(run(clock, "x" + done, rooms.get(r), cells));
                }
                world.recordCleanings(batch);
            }
            facts.put("large_setup_seconds", Latency.round((System.nanoTime() - began) / 1e9));
            SqlFacts.collect(dir.resolve(SqliteWorldModel.DB_FILE), facts);
            Random pick = new Random(7);
            latencies.put("last_completed_cleaning_1m_cells", measure(50, config.queries(),
                    i -> world.lastCompletedCleaning(rooms.get(pick.nextInt(rooms.size())))));
            latencies.put("last_cleaning_any_outcome_1m_cells", measure(50, config.queries(),
                    i -> world.lastCleaning(rooms.get(pick.nextInt(rooms.size())))));
            latencies.put("snapshot_last_cleaned_all_rooms_1m_cells", measure(10, config.snapshots() / 2, i -> world.snapshot()));
            Instant weekAgo = clock.instant().minus(Duration.ofDays(7));
            latencies.put("cells_cleaned_since_week_one_room_1m_cells", measure(3, 30,
                    i -> world.cellsCleanedSince(rooms.get(pick.nextInt(rooms.size())), weekAgo)));
            Instant dayStart = clock.instant().minus(Duration.ofDays(10));
            latencies.put("runs_in_one_day_1m_cells", measure(20, config.queries() / 5,
                    i -> world.cleaningRuns(dayStart, dayStart.plus(Duration.ofDays(1)))));
        }
    }

    /** A completed 10-minute run ending now; the clock then moves on so every run is later than the last. */
    private static CleaningRun run(ManualClock clock, String id, String room, Set<Cell> cells) {
        Instant start = clock.instant();
        clock.advance(Duration.ofMinutes(2));
        return new CleaningRun(new CommandId(id), room, OWNER, start, start.plus(Duration.ofMinutes(10)), CleaningOutcome.COMPLETED, cells);
    }

    /** {@code warmUp} unmeasured calls, then {@code n} measured ones. */
    static Latency measure(int warmUp, int n, IntConsumer op) {
        return Latency.of(Timing.system().nanos(warmUp, n, op));
    }

    /** A bigSide x bigSide cell home at 5 cm, split into square rooms with no walls: every cell is floor. */
    String largeHome() {
        int n = config.roomsPerSide();
        double metres = config.bigSide() * 0.05;
        double side = metres / n;
        StringBuilder y = new StringBuilder("name: large benchmark home\nresolution: 0.05\n");
        y.append("size: {width: ").append(metres).append(", height: ").append(metres).append("}\norigin: [0, 0]\nwalls: []\nrooms:\n");
        for (int r = 0; r < n * n; r++) {
            double x0 = (r % n) * side;
            double y0 = (r / n) * side;
            y.append("  - {name: room ").append(r).append(", polygon: [[").append(x0).append(", ").append(y0).append("], [")
                    .append(x0 + side).append(", ").append(y0).append("], [").append(x0 + side).append(", ").append(y0 + side)
                    .append("], [").append(x0).append(", ").append(y0 + side).append("]]}\n");
        }
        return y.append("dock: {x: 1.0, y: 1.0, theta: 0}\n").toString();
    }

    private static Map<String, Object> environment() {
        Map<String, Object> env = new LinkedHashMap<>();
        env.put("measured_at", Instant.now().toString());
        env.put("java", System.getProperty("java.vm.name") + " " + System.getProperty("java.version"));
        env.put("os", System.getProperty("os.name") + " " + System.getProperty("os.arch"));
        env.put("cpus", Runtime.getRuntime().availableProcessors());
        env.put("durability", "WAL, synchronous=FULL (every commit fsyncs)");
        return env;
    }

    private static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (var files = Files.walk(dir)) {
            for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }

    /**
     * Writes the figures as JSON. Arguments: the output file (default
     * {@code worldmodel/target/bench/worldmodel.json} from the project root), then optionally
     * {@code --quick} for a small smoke run.
     */
    public static void main(String[] args) throws IOException {
        boolean quick = List.of(args).contains("--quick");
        List<String> files = List.of(args).stream().filter(a -> !a.startsWith("--")).toList();
        Path out = files.isEmpty() ? defaultOutput() : Path.of(files.getFirst());
        Config config = quick ? new Config(20, 20, 100, 200, 2, 500) : Config.standard();
        Path work = out.toAbsolutePath().getParent().resolve("work");
        Figures figures = new WorldModelBenchmark(work, config).run();
        Files.createDirectories(out.toAbsolutePath().getParent());
        Files.write(out, new ObjectMapper().writerWithDefaultPrettyPrinter().writeValueAsBytes(figures.toJson()));
        deleteTree(work);
        System.out.println("world model benchmark: " + out.toAbsolutePath());
        figures.latencies().forEach((k, v) -> System.out.printf(java.util.Locale.ROOT, "  %-45s p50 %9.3f ms  p99 %9.3f ms  (n=%d)%n",
                k, v.p50Ms(), v.p99Ms(), v.samples()));
        figures.facts().forEach((k, v) -> System.out.println("  " + k + ": " + v));
    }

    private static Path defaultOutput() {
        Path base = Files.isDirectory(Path.of("worldmodel", "src")) ? Path.of("worldmodel") : Path.of(".");
        return base.resolve("target").resolve("bench").resolve("worldmodel.json");
    }
}
