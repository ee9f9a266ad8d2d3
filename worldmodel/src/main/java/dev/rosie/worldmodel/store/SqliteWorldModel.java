package dev.rosie.worldmodel.store;

import static dev.rosie.worldmodel.store.SqliteConnections.bind;
import static dev.rosie.worldmodel.store.SqliteConnections.update;

import dev.rosie.core.InvalidInputException;
import dev.rosie.core.RosieException;
import dev.rosie.core.command.Channel;
import dev.rosie.core.command.CommandId;
import dev.rosie.core.command.Source;
import dev.rosie.core.command.Trust;
import dev.rosie.core.command.UntrustedText;
import dev.rosie.core.world.Cell;
import dev.rosie.core.world.CleaningRun;
import dev.rosie.core.world.HistoryEvent;
import dev.rosie.core.world.HomeMap;
import dev.rosie.core.world.OccupancyGrid;
import dev.rosie.core.world.RobotState;
import dev.rosie.core.world.Room;
import dev.rosie.core.world.Sighting;
import dev.rosie.core.world.WorldModel;
import dev.rosie.core.world.WorldSnapshot;
import dev.rosie.worldmodel.map.LoadedMap;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * The world model over SQLite ({@code world.db} in the data directory). See the package docs for
 * the durability rules. Methods are synchronized: the control loop, MQTT and the CLI may share one
 * instance, and SQLite connections are not safe to share without that.
 *
 * <p>Times are stored as epoch milliseconds, so instants read back are truncated to the millisecond.
 * People and pets: a name's latest stored sighting wins; the map's residents fill in for names the
 * robot has never recorded (a map is a guess about where people are, a sighting is evidence).
 */
public final class SqliteWorldModel implements WorldModel {
    public static final String DB_FILE = "world.db";
    /** Notes reach the planner's prompt; the newest this many are enough and keep the prompt bounded. */
    public static final int MAX_NOTES_IN_SNAPSHOT = 50;
    public static final int MAX_NOTE_CHARS = 2_000;
    /** {@link #history(int)} never returns more than this, however much is asked for. */
    public static final int MAX_HISTORY = 10_000;
    static final String UNKNOWN_PRINCIPAL = "unknown";

    private final HomeMap map;
    private final StoreOptions options;
    private final Map<String, Sighting> residents;
    private final Clock clock;
    private final Path dataDir;
    private final DataDirLock lock;
    private final Connection connection;
    private boolean closed;

    private SqliteWorldModel(LoadedMap loaded, StoreOptions options, Clock clock, DataDirLock lock, Connection connection) {
        this.map = loaded.map();
        this.options = options;
        Map<String, Sighting> byName = new LinkedHashMap<>();
        loaded.residents().forEach(s -> byName.put(s.name(), s));
        this.residents = Collections.unmodifiableMap(byName);
        this.clock = clock;
        this.dataDir = lock.dataDir();
        this.lock = lock;
        this.connection = connection;
    }

    /**
     * Opens (creating if needed) the world model in {@code dataDir} and migrates its schema.
     *
     * @throws InvalidInputException when the directory cannot be created or used, or the database file is not SQLite
     * @throws RosieException when another Rosie process, or another open in this JVM, holds the directory
     */
    public static SqliteWorldModel open(Path dataDir, LoadedMap map, Clock clock) {
        return open(dataDir, map, clock, StoreOptions.defaults());
    }

    /** Like {@link #open(Path, LoadedMap, Clock)}, with options such as fading sightings. */
    public static SqliteWorldModel open(Path dataDir, LoadedMap map, Clock clock, StoreOptions options) {
        return open(dataDir, map, clock, options, Migrations.ALL);
    }

    static SqliteWorldModel open(Path dataDir, LoadedMap map, Clock clock, List<Migration> migrations) {
        return open(dataDir, map, clock, StoreOptions.defaults(), migrations);
    }

    private static SqliteWorldModel open(Path dataDir, LoadedMap map, Clock clock, StoreOptions options, List<Migration> migrations) {
        Objects.requireNonNull(options, "options");
        Objects.requireNonNull(dataDir, "dataDir");
        Objects.requireNonNull(map, "map");
        Objects.requireNonNull(clock, "clock");
        DataDirLock lock = DataDirLock.acquire(SqliteConnections.prepareDirectory(dataDir));
        Connection c = null;
        try {
            c = SqliteConnections.open(lock.dataDir().resolve(DB_FILE));
            Migrations.apply(c, migrations, clock.millis());
            return new SqliteWorldModel(map, options, clock, lock, c);
        } catch (RuntimeException e) {
            SqliteConnections.closeQuietly(c);
            lock.close();
            throw e;
        }
    }

    public Path dataDir() {
        return dataDir;
    }

    public HomeMap map() {
        return map;
    }

    public int schemaVersion() {
        return tx("read the schema version", Migrations::currentVersion);
    }

    /** A PRAGMA's value on this connection, for tests and diagnostics. */
    String pragma(String name) {
        if (!name.matches("[a-z_]+")) {
            throw new IllegalArgumentException("not a pragma name: " + name);
        }
        return tx("read pragma " + name, c -> SqliteConnections.pragma(c, name));
    }

    public StoreOptions options() {
        return options;
    }

    /** The world now; sightings older than the configured maximum age are left out. */
    @Override
    public WorldSnapshot snapshot() {
        // One read transaction: WAL gives it a consistent view even while writes are committed.
        return tx("take a snapshot", c -> {
            Instant now = clock.instant();
            List<Sighting> sightings = Reads.sightings(c, residents).stream()
                    .filter(s -> options.sightingMaxAge().map(age -> s.fresh(now, age)).orElse(true)).toList();
            return new WorldSnapshot(now, Reads.mapWithDoorStates(c, map),
                    Reads.robot(c).orElseGet(() -> new RobotState(map.dock(), 1.0, true)), Reads.lastCleaned(c),
                    sightings, Reads.notes(c, MAX_NOTES_IN_SNAPSHOT));
        });
    }

    /** The newest sighting of every person and pet, however old: for answering "where is miso?". */
    public List<Sighting> lastSightings() {
        return tx("read sightings", c -> Reads.sightings(c, residents));
    }

    /** Cleaning runs, of any outcome, that ended in {@code [from, to)}, oldest first. */
    public List<CleaningRun> cleaningRuns(Instant from, Instant to) {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        return tx("read the cleaning log", c -> Reads.cleaningRuns(c, from.toEpochMilli(), to.toEpochMilli()));
    }

    /** History events in {@code [from, to)}, oldest first, at most {@link #MAX_HISTORY}. */
    public List<HistoryEvent> history(Instant from, Instant to) {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        return tx("read the history", c -> Reads.history(c, from.toEpochMilli(), to.toEpochMilli(), MAX_HISTORY));
    }

    @Override
    public void updateRobot(RobotState state) {
        Objects.requireNonNull(state, "state");
        tx("update the robot state", c -> update(c, """
                INSERT INTO robot_state (id, x, y, theta, battery, docked, updated_at) VALUES (1, ?, ?, ?, ?, ?, ?)
                ON CONFLICT (id) DO UPDATE SET x = excluded.x, y = excluded.y, theta = excluded.theta,
                    battery = excluded.battery, docked = excluded.docked, updated_at = excluded.updated_at""",
                state.pose().x(), state.pose().y(), state.pose().theta(), state.battery(), state.docked() ? 1 : 0, clock.millis()));
    }

    /**
     * Logs the run and marks its cells cleaned at the run's end time, in one transaction. Cells of
     * an interrupted or failed run are marked too (they were cleaned); only a completed run moves the
     * room's "last cleaned" time.
     */
    @Override
    public void recordCleaning(CleaningRun run) {
        recordCleanings(List.of(Objects.requireNonNull(run, "run")));
    }

    /** Logs several runs in one transaction (a batch from a log import, a benchmark's setup): all or none. */
    public void recordCleanings(List<CleaningRun> runs) {
        List<String> rooms = new ArrayList<>();
        for (CleaningRun run : runs) {
            String room = requireRoom(run.room(), "log a cleaning run for");
            OccupancyGrid grid = map.grid();
            for (Cell cell : run.cells()) {
                if (!grid.inBounds(cell.ix(), cell.iy())) {
                    throw new InvalidInputException("cleaning run for '" + room + "' has cell (" + cell.ix() + ", " + cell.iy()
                            + ") outside the " + grid.width() + "x" + grid.height() + " grid");
                }
            }
            rooms.add(room);
        }
        tx("record a cleaning run", c -> {
            for (int i = 0; i < runs.size(); i++) {
                Writes.insertRun(c, runs.get(i), rooms.get(i));
            }
            return null;
        });
    }

    @Override
    public Optional<CleaningRun> lastCompletedCleaning(String room) {
        return lastRun(room, "room = ? AND outcome = 'completed'");
    }

    /** The latest run for {@code room} whatever its outcome: was the last attempt finished? */
    public Optional<CleaningRun> lastCleaning(String room) {
        return lastRun(room, "room = ?");
    }

    private Optional<CleaningRun> lastRun(String room, String where) {
        Optional<String> known = map.room(room).map(Room::name);
        if (known.isEmpty()) {
            return Optional.empty();
        }
        return tx("read the cleaning log", c -> {
            try (PreparedStatement p = c.prepareStatement("SELECT command_id, room, principal, channel, trust, started_at, "
                    + "ended_at, outcome, cells FROM cleaning_run WHERE " + where + " ORDER BY ended_at DESC, id DESC LIMIT 1")) {
                bind(p, known.get());
                try (ResultSet r = p.executeQuery()) {
                    return r.next() ? Optional.of(Reads.cleaningRun(r)) : Optional.<CleaningRun>empty();
                }
            }
        });
    }

    /** The cells of {@code room} cleaned at or after {@code since} (by any run, completed or not). */
    public Set<Cell> cellsCleanedSince(String room, Instant since) {
        Objects.requireNonNull(since, "since");
        Optional<String> known = map.room(room).map(Room::name);
        if (known.isEmpty()) {
            return Set.of();
        }
        return tx("read cleaned cells", c -> {
            try (PreparedStatement p = c.prepareStatement("SELECT ix, iy FROM cell_cleaned WHERE room = ? AND last_cleaned_at >= ?")) {
                bind(p, known.get(), since.toEpochMilli());
                Set<Cell> cells = new HashSet<>();
                try (ResultSet r = p.executeQuery()) {
                    while (r.next()) {
                        cells.add(new Cell(r.getInt(1), r.getInt(2)));
                    }
                }
                return Set.copyOf(cells);
            }
        });
    }

    @Override
    public void recordEvent(HistoryEvent event) {
        Objects.requireNonNull(event, "event");
        tx("record a history event", c -> update(c, "INSERT INTO history_event (at, kind, command_id, detail) VALUES (?, ?, ?, ?)",
                event.at().toEpochMilli(), event.kind(), event.commandId().map(CommandId::value).orElse(null), event.detail()));
    }

    /** The newest {@code limit} events (at most {@link #MAX_HISTORY}), newest first. */
    @Override
    public List<HistoryEvent> history(int limit) {
        if (limit < 0) {
            throw new IllegalArgumentException("history limit must be zero or more, not " + limit);
        }
        return tx("read the history", c -> {
            try (PreparedStatement p = c.prepareStatement(
                    "SELECT at, kind, command_id, detail FROM history_event ORDER BY at DESC, id DESC LIMIT ?")) {
                bind(p, Math.min(limit, MAX_HISTORY));
                List<HistoryEvent> events = new ArrayList<>();
                try (ResultSet r = p.executeQuery()) {
                    while (r.next()) {
                        events.add(Reads.historyEvent(r));
                    }
                }
                return List.copyOf(events);
            }
        });
    }

    /** Stores a note whose author is unknown. Notes are data: snapshots show them as untrusted text. */
    public void addNote(String text, String origin, Instant at) {
        addNote(text, origin, new Source(Channel.WORLD, UNKNOWN_PRINCIPAL, Trust.UNTRUSTED), at);
    }

    /**
     * Stores a note, remembering who wrote it and how. Whoever the author was, the note comes back
     * in snapshots as untrusted {@link UntrustedText}: stored text is never an instruction. Text the
     * camera read keeps the CAMERA channel; every other note reads back on the WORLD channel.
     */
    @Override
    public void addNote(String text, String origin, Source writtenBy, Instant at) {
        Objects.requireNonNull(writtenBy, "writtenBy");
        Objects.requireNonNull(at, "at");
        if (text == null || text.isBlank() || text.length() > MAX_NOTE_CHARS) {
            throw new InvalidInputException("a note needs 1 to " + MAX_NOTE_CHARS + " characters of text, not "
                    + (text == null ? "none" : text.length()));
        }
        if (origin == null || origin.isBlank()) {
            throw new InvalidInputException("a note needs an origin (the room, object or channel it came from)");
        }
        tx("add a note", c -> update(c, "INSERT INTO note (text, origin, principal, channel, created_at) VALUES (?, ?, ?, ?, ?)",
                text, origin, writtenBy.principal(), writtenBy.channel().wireName(), at.toEpochMilli()));
    }

    /** Remembers where someone was seen; the newest sighting per name is what snapshots show. */
    @Override
    public void recordSighting(Sighting sighting) {
        Objects.requireNonNull(sighting, "sighting");
        String room = requireRoom(sighting.room(), "record a sighting in");
        tx("record a sighting", c -> update(c, """
                INSERT INTO sighting (name, kind, x, y, room, seen_at, provenance, asleep) VALUES (?, ?, ?, ?, ?, ?, ?, ?)""",
                sighting.name(), sighting.kind().wireName(), sighting.position().x(), sighting.position().y(), room,
                sighting.seenAt().toEpochMilli(), sighting.provenance(), sighting.asleep() ? 1 : 0));
    }

    /** Persists a door being opened or closed; snapshots show the map with the stored door states. */
    @Override
    public void setDoorOpen(String door, boolean open) {
        String name = map.door(door).orElseThrow(() -> new InvalidInputException("no door named '" + door + "'; the map has "
                + String.join(", ", map.doors().stream().map(d -> d.name()).toList()))).name();
        tx("set a door state", c -> update(c, """
                INSERT INTO door_state (name, open, updated_at) VALUES (?, ?, ?)
                ON CONFLICT (name) DO UPDATE SET open = excluded.open, updated_at = excluded.updated_at""",
                name, open ? 1 : 0, clock.millis()));
    }

    @Override
    public synchronized void close() {
        if (closed) {
            return;
        }
        closed = true;
        try {
            SqliteConnections.closeQuietly(connection);
        } finally {
            lock.close();
        }
    }

    // --- plumbing ---

    private String requireRoom(String room, String doing) {
        return map.room(room).map(Room::name).orElseThrow(() -> new InvalidInputException(
                "cannot " + doing + " unknown room '" + room + "'; the map has " + String.join(", ", map.roomNames())));
    }

    @FunctionalInterface
    private interface Work<T> {
        T run(Connection c) throws SQLException;
    }

    /** Runs {@code work} as one transaction: committed whole, or rolled back and reported. */
    private synchronized <T> T tx(String what, Work<T> work) {
        if (closed) {
            throw new IllegalStateException("the world model in " + dataDir + " is closed");
        }
        try {
            T result = work.run(connection);
            connection.commit();
            return result;
        } catch (SQLException e) {
            SqliteConnections.rollbackQuietly(connection);
            throw SqliteConnections.failure("could not " + what + " in " + dataDir.resolve(DB_FILE), e);
        } catch (RuntimeException e) {
            SqliteConnections.rollbackQuietly(connection);
            throw e;
        }
    }
}
