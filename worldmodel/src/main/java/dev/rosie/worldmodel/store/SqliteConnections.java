package dev.rosie.worldmodel.store;

import dev.rosie.core.InvalidInputException;
import dev.rosie.core.RosieException;
import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;
import org.sqlite.SQLiteConfig;

/**
 * Opening the data directory and the SQLite connection with the settings durability depends on, and
 * turning SQLite failures into Rosie's errors. Kept apart from the world model so the store's own
 * class reads as queries, not setup.
 */
final class SqliteConnections {
    /** How long a write waits for a lock held by an outside reader (a sqlite3 shell, a backup). */
    static final int BUSY_TIMEOUT_MS = 5_000;
    private static final int SQLITE_BUSY = 5;
    private static final int SQLITE_LOCKED = 6;

    private SqliteConnections() {
    }

    /** Creates {@code dataDir} if needed and checks it is usable; returns its absolute form. */
    static Path prepareDirectory(Path dataDir) {
        Path dir = dataDir.toAbsolutePath().normalize();
        try {
            Files.createDirectories(dir);
        } catch (FileAlreadyExistsException e) {
            throw new InvalidInputException("data directory " + dir + " cannot be created: " + e.getFile() + " exists and is not a directory", e);
        } catch (AccessDeniedException e) {
            throw new InvalidInputException("data directory " + dir + " cannot be created: permission denied on " + e.getFile(), e);
        } catch (IOException e) {
            throw new InvalidInputException("data directory " + dir + " cannot be created: " + e, e);
        }
        if (!Files.isDirectory(dir) || !Files.isReadable(dir) || !Files.isWritable(dir)) {
            throw new InvalidInputException("data directory " + dir + " is not a readable and writable directory");
        }
        return dir;
    }

    /**
     * WAL so readers never block the writer; synchronous=FULL because WAL's default (NORMAL) may
     * lose the last commits on power loss, and a cleaning log entry must not vanish once reported.
     */
    static Connection open(Path dbFile) {
        SQLiteConfig config = new SQLiteConfig();
        config.setJournalMode(SQLiteConfig.JournalMode.WAL);
        config.setSynchronous(SQLiteConfig.SynchronousMode.FULL);
        config.setBusyTimeout(BUSY_TIMEOUT_MS);
        config.enforceForeignKeys(true);
        Connection c = null;
        try {
            c = DriverManager.getConnection("jdbc:sqlite:" + dbFile, config.toProperties());
            String mode = pragma(c, "journal_mode");
            if (!"wal".equals(mode.toLowerCase(Locale.ROOT))) {
                // Some network file systems cannot do WAL; running without it would silently weaken durability.
                throw new RosieException(dbFile + ": SQLite refused WAL mode (got '" + mode
                        + "'); put the data directory on a local file system", false);
            }
            c.setAutoCommit(false);
            return c;
        } catch (SQLException e) {
            closeQuietly(c);
            throw new InvalidInputException(dbFile + " cannot be opened as a SQLite database: " + e.getMessage(), e);
        } catch (RuntimeException e) {
            closeQuietly(c);
            throw e;
        }
    }

    static String pragma(Connection c, String name) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet r = s.executeQuery("PRAGMA " + name)) {
            return r.next() ? r.getString(1) : "";
        }
    }

    /** A busy or locked database may work on retry; anything else will not. */
    static RosieException failure(String what, SQLException e) {
        int primary = e.getErrorCode() & 0xff;
        boolean retriable = primary == SQLITE_BUSY || primary == SQLITE_LOCKED;
        return new RosieException(what + ": " + e.getMessage(), retriable, e);
    }

    static Void update(Connection c, String sql, Object... args) throws SQLException {
        try (PreparedStatement p = c.prepareStatement(sql)) {
            bind(p, args);
            p.executeUpdate();
        }
        return null;
    }

    static void bind(PreparedStatement p, Object... args) throws SQLException {
        for (int i = 0; i < args.length; i++) {
            p.setObject(i + 1, args[i]);
        }
    }

    static void rollbackQuietly(Connection c) {
        try {
            c.rollback();
        } catch (SQLException ignored) {
            // Reporting the failure that caused the rollback matters more.
        }
    }

    static void closeQuietly(Connection c) {
        if (c == null) {
            return;
        }
        try {
            c.close();
        } catch (SQLException ignored) {
            // Closing is best effort; committed data is already durable.
        }
    }
}
