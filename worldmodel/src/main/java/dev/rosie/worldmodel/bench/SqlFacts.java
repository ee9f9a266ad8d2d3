package dev.rosie.worldmodel.bench;

import dev.rosie.core.RosieException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.sqlite.SQLiteConfig;

/**
 * Facts about a benchmark database read over a second, read-only connection (WAL lets it read
 * while the world model holds the file): row counts, size, and the query plans SQLite chooses for
 * the "last cleaned" queries, which show whether an index carries them.
 */
final class SqlFacts {
    /** The shapes of the store's read queries (the statements themselves live in the store). */
    static final Map<String, String> PLANS = Map.of(
            "last_completed_cleaning", "SELECT cells FROM cleaning_run WHERE room = 'room 0' AND outcome = 'completed' ORDER BY ended_at DESC, id DESC LIMIT 1",
            "last_cleaning_any_outcome", "SELECT cells FROM cleaning_run WHERE room = 'room 0' ORDER BY ended_at DESC, id DESC LIMIT 1",
            "last_cleaned_per_room", "SELECT room, MAX(ended_at) FROM cleaning_run WHERE outcome = 'completed' GROUP BY room",
            "cells_cleaned_since", "SELECT ix, iy FROM cell_cleaned WHERE room = 'room 0' AND last_cleaned_at >= 0",
            "runs_in_a_day", "SELECT cells FROM cleaning_run WHERE ended_at >= 0 AND ended_at < 1 ORDER BY ended_at, id");

    private SqlFacts() {
    }

    static void collect(Path db, Map<String, Object> facts) {
        SQLiteConfig readOnly = new SQLiteConfig();
        readOnly.setReadOnly(true);
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db, readOnly.toProperties());
                Statement s = c.createStatement()) {
            facts.put("cell_records", count(s, "SELECT COUNT(*) FROM cell_cleaned"));
            facts.put("cleaning_runs", count(s, "SELECT COUNT(*) FROM cleaning_run"));
            facts.put("cells_in_runs", count(s, "SELECT SUM(cells_cleaned) FROM cleaning_run"));
            facts.put("database_bytes", Files.size(db) + (Files.exists(Path.of(db + "-wal")) ? Files.size(Path.of(db + "-wal")) : 0));
            try (ResultSet r = s.executeQuery("SELECT sqlite_version()")) {
                facts.put("sqlite_version", r.next() ? r.getString(1) : "?");
            }
            Map<String, Object> plans = new LinkedHashMap<>();
            for (var e : new java.util.TreeMap<>(PLANS).entrySet()) {
                List<String> steps = new ArrayList<>();
                try (ResultSet r = s.executeQuery("EXPLAIN QUERY PLAN " + e.getValue())) {
                    while (r.next()) {
                        steps.add(r.getString("detail"));
                    }
                }
                plans.put(e.getKey(), String.join("; ", steps));
            }
            facts.put("query_plans", plans);
        } catch (SQLException | java.io.IOException e) {
            throw new RosieException("cannot read benchmark facts from " + db + ": " + e.getMessage(), false, e);
        }
    }

    private static long count(Statement s, String sql) throws SQLException {
        try (ResultSet r = s.executeQuery(sql)) {
            return r.next() ? r.getLong(1) : 0;
        }
    }
}
