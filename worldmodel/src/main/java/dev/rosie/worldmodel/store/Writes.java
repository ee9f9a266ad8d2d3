package dev.rosie.worldmodel.store;

import static dev.rosie.worldmodel.store.SqliteConnections.bind;
import static dev.rosie.worldmodel.store.SqliteConnections.update;

import dev.rosie.core.world.Cell;
import dev.rosie.core.world.CleaningRun;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;

/** The cleaning log's writes, run inside the caller's transaction so a run and its cells land together. */
final class Writes {
    private Writes() {
    }

    /**
     * Appends the run and raises each of its cells' "last cleaned" time to the run's end (never
     * lowers it: a late-arriving older run must not make a cell look dirtier than it is).
     */
    static void insertRun(Connection c, CleaningRun run, String room) throws SQLException {
        long end = run.end().toEpochMilli();
        update(c, """
                INSERT INTO cleaning_run (command_id, room, principal, channel, trust, started_at, ended_at,
                    outcome, cells_cleaned, cells) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""",
                run.commandId().value(), room, run.source().principal(), run.source().channel().wireName(),
                run.source().trust().wireName(), run.start().toEpochMilli(), end, run.outcome().wireName(),
                run.cells().size(), CellCodec.encode(run.cells()));
        try (PreparedStatement p = c.prepareStatement("""
                INSERT INTO cell_cleaned (room, ix, iy, last_cleaned_at) VALUES (?, ?, ?, ?)
                ON CONFLICT (ix, iy) DO UPDATE SET
                    room = CASE WHEN excluded.last_cleaned_at >= cell_cleaned.last_cleaned_at
                                THEN excluded.room ELSE cell_cleaned.room END,
                    last_cleaned_at = MAX(cell_cleaned.last_cleaned_at, excluded.last_cleaned_at)""")) {
            for (Cell cell : run.cells()) {
                bind(p, room, cell.ix(), cell.iy(), end);
                p.addBatch();
            }
            p.executeBatch();
        }
    }
}
