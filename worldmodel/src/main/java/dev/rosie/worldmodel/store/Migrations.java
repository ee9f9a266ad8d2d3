package dev.rosie.worldmodel.store;

import dev.rosie.core.RosieException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

/**
 * Brings a database up to the newest schema. Each pending migration runs in its own transaction
 * together with its {@code schema_version} row, so a crash between migrations leaves a database at
 * a well-defined earlier version that the next start continues from, never half-migrated.
 */
final class Migrations {

    /** The schema, oldest first. Append; never edit a released entry. */
    static final List<Migration> ALL = List.of(
            new Migration(1, "cleaning log, cells, history, robot state, sightings, notes, door states", List.of(
                    """
                    CREATE TABLE cleaning_run (
                        id INTEGER PRIMARY KEY AUTOINCREMENT,
                        command_id TEXT NOT NULL,
                        room TEXT NOT NULL,
                        principal TEXT NOT NULL,
                        channel TEXT NOT NULL,
                        trust TEXT NOT NULL,
                        started_at INTEGER NOT NULL,
                        ended_at INTEGER NOT NULL,
                        outcome TEXT NOT NULL CHECK (outcome IN ('completed', 'interrupted', 'failed')),
                        cells_cleaned INTEGER NOT NULL,
                        cells BLOB NOT NULL
                    )""",
                    "CREATE INDEX cleaning_run_by_room ON cleaning_run (room, outcome, ended_at)",
                    """
                    CREATE TABLE cell_cleaned (
                        room TEXT NOT NULL,
                        ix INTEGER NOT NULL,
                        iy INTEGER NOT NULL,
                        last_cleaned_at INTEGER NOT NULL,
                        PRIMARY KEY (ix, iy)
                    )""",
                    "CREATE INDEX cell_cleaned_by_room ON cell_cleaned (room, last_cleaned_at)",
                    """
                    CREATE TABLE history_event (
                        id INTEGER PRIMARY KEY AUTOINCREMENT,
                        at INTEGER NOT NULL,
                        kind TEXT NOT NULL,
                        command_id TEXT,
                        detail TEXT NOT NULL
                    )""",
                    "CREATE INDEX history_event_by_time ON history_event (at, id)",
                    """
                    CREATE TABLE robot_state (
                        id INTEGER PRIMARY KEY CHECK (id = 1),
                        x REAL NOT NULL,
                        y REAL NOT NULL,
                        theta REAL NOT NULL,
                        battery REAL NOT NULL,
                        docked INTEGER NOT NULL,
                        updated_at INTEGER NOT NULL
                    )""",
                    """
                    CREATE TABLE sighting (
                        id INTEGER PRIMARY KEY AUTOINCREMENT,
                        name TEXT NOT NULL,
                        kind TEXT NOT NULL,
                        x REAL NOT NULL,
                        y REAL NOT NULL,
                        room TEXT NOT NULL,
                        seen_at INTEGER NOT NULL,
                        provenance TEXT NOT NULL,
                        asleep INTEGER NOT NULL
                    )""",
                    "CREATE INDEX sighting_by_name ON sighting (name, seen_at)",
                    """
                    CREATE TABLE note (
                        id INTEGER PRIMARY KEY AUTOINCREMENT,
                        text TEXT NOT NULL,
                        origin TEXT NOT NULL,
                        principal TEXT NOT NULL,
                        channel TEXT NOT NULL,
                        created_at INTEGER NOT NULL
                    )""",
                    """
                    CREATE TABLE door_state (
                        name TEXT PRIMARY KEY,
                        open INTEGER NOT NULL,
                        updated_at INTEGER NOT NULL
                    )""")),
            // "What did you do yesterday?" reads runs by time, and "when was the kitchen last
            // cleaned?" looks for the room's latest run of any outcome; without these both scan.
            new Migration(2, "cleaning runs by end time, and by room and end time", List.of(
                    "CREATE INDEX cleaning_run_by_end ON cleaning_run (ended_at)",
                    "CREATE INDEX cleaning_run_by_room_end ON cleaning_run (room, ended_at)")));

    private Migrations() {
    }

    /**
     * Applies every migration in {@code migrations} newer than the database's version, in order.
     * Expects auto-commit off. Returns the resulting version.
     */
    static int apply(Connection c, List<Migration> migrations, long nowMillis) {
        for (int i = 0; i < migrations.size(); i++) {
            if (migrations.get(i).version() != i + 1) {
                throw new IllegalArgumentException("migrations must be numbered 1, 2, 3, ... in order; entry " + i
                        + " is version " + migrations.get(i).version());
            }
        }
        int current;
        try {
            try (Statement s = c.createStatement()) {
                s.execute("CREATE TABLE IF NOT EXISTS schema_version ("
                        + "version INTEGER PRIMARY KEY, description TEXT NOT NULL, applied_at INTEGER NOT NULL)");
            }
            current = currentVersion(c);
            c.commit();
        } catch (SQLException e) {
            SqliteConnections.rollbackQuietly(c);
            throw new RosieException("cannot read the world model's schema version: " + e.getMessage(), false, e);
        }
        if (current > migrations.size()) {
            throw new RosieException("the world model database is at schema version " + current
                    + " but this Rosie only knows versions up to " + migrations.size() + "; use a newer Rosie or another data directory", false);
        }
        for (Migration m : migrations.subList(current, migrations.size())) {
            try {
                try (Statement s = c.createStatement()) {
                    for (String sql : m.statements()) {
                        s.execute(sql);
                    }
                }
                try (PreparedStatement p = c.prepareStatement(
                        "INSERT INTO schema_version (version, description, applied_at) VALUES (?, ?, ?)")) {
                    p.setInt(1, m.version());
                    p.setString(2, m.description());
                    p.setLong(3, nowMillis);
                    p.executeUpdate();
                }
                c.commit();
                current = m.version();
            } catch (SQLException e) {
                SqliteConnections.rollbackQuietly(c);
                throw new RosieException("world model migration " + m.version() + " (" + m.description()
                        + ") failed and was rolled back; the database stays at version " + current + ": " + e.getMessage(), false, e);
            }
        }
        return current;
    }

    static int currentVersion(Connection c) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet r = s.executeQuery("SELECT COALESCE(MAX(version), 0) FROM schema_version")) {
            return r.next() ? r.getInt(1) : 0;
        }
    }
}
