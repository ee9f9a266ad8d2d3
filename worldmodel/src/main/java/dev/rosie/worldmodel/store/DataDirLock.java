package dev.rosie.worldmodel.store;

import dev.rosie.core.RosieException;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Exclusive ownership of a data directory, held as an OS lock on {@code rosie.lock} for as long as
 * the world model is open. The file holds the owner's pid so the refusal can say who holds it. The
 * file is never deleted: deleting a lock file races with a process that has just opened it.
 */
final class DataDirLock implements AutoCloseable {
    static final String FILE_NAME = "rosie.lock";

    /**
     * Lock files this JVM holds. OS file locks belong to the process, and on Linux closing any
     * channel to the file drops them, so probing a held lock with a second channel would silently
     * release it; this set answers "held by us" without touching the file. It is JVM-wide on
     * purpose: it mirrors state the OS keeps per process, not application state.
     */
    private static final Set<Path> HELD_IN_THIS_JVM = ConcurrentHashMap.newKeySet();

    private final Path dataDir;
    private final Path lockFile;
    private final FileChannel channel;
    private final FileLock lock;

    private DataDirLock(Path dataDir, Path lockFile, FileChannel channel, FileLock lock) {
        this.dataDir = dataDir;
        this.lockFile = lockFile;
        this.channel = channel;
        this.lock = lock;
    }

    /** Takes the lock or fails at once (never waits): two writers on one directory is a setup error. */
    static DataDirLock acquire(Path dataDir) {
        Path dir = dataDir.toAbsolutePath().normalize();
        Path file = dir.resolve(FILE_NAME);
        if (!HELD_IN_THIS_JVM.add(file)) {
            throw inUse(dir, Long.toString(ProcessHandle.current().pid()));
        }
        FileChannel ch = null;
        try {
            ch = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.READ, StandardOpenOption.WRITE);
            FileLock l;
            try {
                l = ch.tryLock();
            } catch (OverlappingFileLockException e) {
                l = null; // held through a channel opened outside this class; same answer
            }
            if (l == null) {
                String holder = readPid(ch);
                ch.close();
                throw inUse(dir, holder);
            }
            ch.truncate(0);
            ch.write(ByteBuffer.wrap((ProcessHandle.current().pid() + "\n").getBytes(StandardCharsets.US_ASCII)), 0);
            ch.force(true);
            return new DataDirLock(dir, file, ch, l);
        } catch (IOException e) {
            HELD_IN_THIS_JVM.remove(file);
            closeQuietly(ch);
            throw new RosieException("cannot lock data directory " + dir + " (" + file + "): " + e.getMessage(), false, e);
        } catch (RuntimeException e) {
            HELD_IN_THIS_JVM.remove(file);
            closeQuietly(ch);
            throw e;
        }
    }

    Path dataDir() {
        return dataDir;
    }

    @Override
    public void close() {
        try {
            if (lock.isValid()) {
                lock.release();
            }
            channel.close();
        } catch (IOException e) {
            // Closing the channel drops the OS lock regardless; nothing useful to report to the caller.
        } finally {
            HELD_IN_THIS_JVM.remove(lockFile);
        }
    }

    private static RosieException inUse(Path dir, String pid) {
        return new RosieException("data directory " + dir + " is in use by another Rosie process (pid " + pid + ")", false);
    }

    /** Reads through the same channel: opening another one would be harmless here but is not needed. */
    private static String readPid(FileChannel ch) throws IOException {
        ByteBuffer buf = ByteBuffer.allocate(32);
        ch.read(buf, 0);
        String text = new String(buf.array(), 0, buf.position(), StandardCharsets.US_ASCII).trim();
        return text.matches("\\d+") ? text : "unknown";
    }

    private static void closeQuietly(FileChannel ch) {
        if (ch != null) {
            try {
                ch.close();
            } catch (IOException ignored) {
                // Already failing with a better message.
            }
        }
    }
}
