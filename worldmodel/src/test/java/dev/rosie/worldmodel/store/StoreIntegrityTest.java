package dev.rosie.worldmodel.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.rosie.core.InvalidInputException;
import dev.rosie.core.ManualClock;
import dev.rosie.core.RosieException;
import dev.rosie.core.world.Cell;
import dev.rosie.worldmodel.map.LoadedMap;
import dev.rosie.worldmodel.map.RosieMapLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Invariant 4 (nothing is lost, nothing half-written) and the single-writer rule. */
class StoreIntegrityTest {
    private static final Instant T0 = Instant.parse("2026-03-01T08:00:00Z");

    @TempDir
    Path dataDir;

    private final ManualClock clock = new ManualClock(T0);
    private final LoadedMap apartment = new RosieMapLoader(clock).referenceApartment();

    @Test
    void should_refuse_a_second_open_of_the_same_data_dir_and_allow_it_after_close() {
        try (SqliteWorldModel first = SqliteWorldModel.open(dataDir, apartment, clock)) {
            assertThatThrownBy(() -> SqliteWorldModel.open(dataDir, apartment, clock))
                    .isExactlyInstanceOf(RosieException.class)
                    .hasMessage("data directory " + dataDir.toAbsolutePath().normalize()
                            + " is in use by another Rosie process (pid " + ProcessHandle.current().pid() + ")");
            assertThat(first.snapshot()).as("the refused open left the first one working").isNotNull();
            assertThat(dataDir.resolve(DataDirLock.FILE_NAME)).content().isEqualToIgnoringWhitespace(Long.toString(ProcessHandle.current().pid()));
        }
        try (SqliteWorldModel again = SqliteWorldModel.open(dataDir, apartment, clock)) {
            assertThat(again.schemaVersion()).isEqualTo(Migrations.ALL.size());
        }
    }

    @Test
    void should_refuse_the_same_data_dir_reached_through_a_symlink(@TempDir Path tmp) throws Exception {
        Path link = Files.createSymbolicLink(tmp.resolve("link"), dataDir);
        try (SqliteWorldModel first = SqliteWorldModel.open(dataDir, apartment, clock)) {
            assertThatThrownBy(() -> SqliteWorldModel.open(link, apartment, clock))
                    .isInstanceOf(RosieException.class).hasMessageContaining("is in use by another Rosie process");
            assertThat(first.history(1)).isEmpty();
        }
    }

    @Test
    void should_reject_a_data_dir_that_cannot_be_created(@TempDir Path tmp) throws Exception {
        Path file = Files.writeString(tmp.resolve("not-a-dir"), "x");
        assertThatThrownBy(() -> SqliteWorldModel.open(file, apartment, clock))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("data directory " + file.toAbsolutePath());
        assertThatThrownBy(() -> SqliteWorldModel.open(file.resolve("below"), apartment, clock))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining(file.resolve("below").toAbsolutePath().toString());
    }

    @Test
    void should_reject_a_world_db_that_is_not_sqlite() throws Exception {
        Files.writeString(dataDir.resolve(SqliteWorldModel.DB_FILE), "this is not a database, just some text ".repeat(50));
        assertThatThrownBy(() -> SqliteWorldModel.open(dataDir, apartment, clock))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining(SqliteWorldModel.DB_FILE);
        // The failed open released the lock.
        Files.delete(dataDir.resolve(SqliteWorldModel.DB_FILE));
        SqliteWorldModel.open(dataDir, apartment, clock).close();
    }

    @Test
    void should_roll_back_the_whole_cleaning_run_when_a_cell_write_fails() throws Exception {
        try (SqliteWorldModel world = SqliteWorldModel.open(dataDir, apartment, clock)) {
            // Make the database itself fail half-way through the cell upserts.
            try (Connection side = sideConnection(); Statement s = side.createStatement()) {
                s.execute("CREATE TRIGGER fail_on_cell AFTER INSERT ON cell_cleaned WHEN NEW.ix = 77 "
                        + "BEGIN SELECT RAISE(ABORT, 'simulated disk failure'); END");
            }
            Set<Cell> cells = Set.of(new Cell(75, 60), new Cell(76, 60), new Cell(77, 60));
            assertThatThrownBy(() -> world.recordCleaning(Runs.completed("cmd-1", "living room", T0, cells)))
                    .isInstanceOf(RosieException.class).hasMessageContaining("simulated disk failure");

            assertThat(world.lastCompletedCleaning("living room")).isEmpty();
            assertThat(world.cellsCleanedSince("living room", Instant.EPOCH)).isEmpty();
            assertThat(count("SELECT COUNT(*) FROM cleaning_run")).isZero();

            try (Connection side = sideConnection(); Statement s = side.createStatement()) {
                s.execute("DROP TRIGGER fail_on_cell");
            }
            world.recordCleaning(Runs.completed("cmd-1", "living room", T0, cells));
            assertThat(world.cellsCleanedSince("living room", Instant.EPOCH)).isEqualTo(cells);
        }
    }

    @Test
    void should_create_every_table_and_record_each_migration() throws Exception {
        SqliteWorldModel.open(dataDir, apartment, clock).close();
        List<String> tables = new ArrayList<>();
        try (Connection c = sideConnection(); Statement s = c.createStatement();
                ResultSet r = s.executeQuery("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'")) {
            while (r.next()) {
                tables.add(r.getString(1));
            }
        }
        assertThat(tables).contains("schema_version", "cleaning_run", "cell_cleaned", "history_event", "robot_state",
                "sighting", "note", "door_state");
        assertThat(count("SELECT COUNT(*) FROM schema_version")).isEqualTo(Migrations.ALL.size());
        assertThat(count("SELECT MAX(applied_at) FROM schema_version")).isEqualTo(T0.toEpochMilli());
    }

    @Test
    void should_roll_back_a_failing_migration_and_stay_at_the_previous_version() throws Exception {
        List<Migration> broken = new ArrayList<>(Migrations.ALL);
        broken.add(new Migration(Migrations.ALL.size() + 1, "broken", List.of(
                "CREATE TABLE half_done (x INTEGER)", "THIS IS NOT SQL")));
        assertThatThrownBy(() -> SqliteWorldModel.open(dataDir, apartment, clock, broken))
                .isInstanceOf(RosieException.class)
                .hasMessageContaining("migration " + (Migrations.ALL.size() + 1) + " (broken) failed and was rolled back")
                .hasMessageContaining("stays at version " + Migrations.ALL.size());
        assertThat(count("SELECT COUNT(*) FROM sqlite_master WHERE name = 'half_done'")).isZero();
        try (SqliteWorldModel world = SqliteWorldModel.open(dataDir, apartment, clock)) {
            assertThat(world.schemaVersion()).isEqualTo(Migrations.ALL.size());
        }
    }

    @Test
    void should_refuse_a_database_from_a_newer_rosie() throws Exception {
        SqliteWorldModel.open(dataDir, apartment, clock).close();
        try (Connection c = sideConnection(); Statement s = c.createStatement()) {
            s.execute("INSERT INTO schema_version (version, description, applied_at) VALUES (99, 'future', 0)");
        }
        assertThatThrownBy(() -> SqliteWorldModel.open(dataDir, apartment, clock))
                .isInstanceOf(RosieException.class).hasMessageContaining("schema version 99");
    }

    private Connection sideConnection() throws Exception {
        return DriverManager.getConnection("jdbc:sqlite:" + dataDir.resolve(SqliteWorldModel.DB_FILE));
    }

    private long count(String sql) throws Exception {
        try (Connection c = sideConnection(); Statement s = c.createStatement(); ResultSet r = s.executeQuery(sql)) {
            r.next();
            return r.getLong(1);
        }
    }
}
