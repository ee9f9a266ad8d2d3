package dev.rosie.worldmodel.store;

import static dev.rosie.worldmodel.store.SqliteConnections.update;

import dev.rosie.core.world.Cell;
import dev.rosie.core.world.CleaningRun;
import java.sql.Connection;
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
        if (run.cells().isEmpty()) {
            return;
        }
        // One statement for all cells: SQLite unpacks the list itself (json_each), which is several
        // times faster for a room's ten thousand cells than one JDBC round trip per cell.
        StringBuilder cells = new StringBuilder(run.cells().size() * 10).append('[');
        for (Cell cell : run.cells()) {
            cells.append(cells.length() > 1 ? ",[" : "[").append(cell.ix()).append(',').append(cell.iy()).append(']');
        }
        update(c, """
                INSERT INTO cell_cleaned (room, ix, iy, last_cleaned_at)
                SELECT ?, value ->> 0, value ->> 1, ? FROM json_each(?) WHERE true
                ON CONFLICT (ix, iy) DO UPDATE SET
                    room = CASE WHEN excluded.last_cleaned_at >= cell_cleaned.last_cleaned_at
                                THEN excluded.room ELSE cell_cleaned.room END,
                    last_cleaned_at = MAX(cell_cleaned.last_cleaned_at, excluded.last_cleaned_at)""",
                room, end, cells.append(']').toString());
    }
}
