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
    private final Path registryKey;
    private final FileChannel channel;
    private final FileLock lock;

    private DataDirLock(Path dataDir, Path registryKey, FileChannel channel, FileLock lock) {
        this.dataDir = dataDir;
        this.registryKey = registryKey;
        this.channel = channel;
        this.lock = lock;
    }

    /** Takes the lock or fails at once (never waits): two writers on one directory is a setup error. */
    static DataDirLock acquire(Path dataDir) {
        Path dir = dataDir.toAbsolutePath().normalize();
        Path file = dir.resolve(FILE_NAME);
        // Keyed by the real path: two spellings of one directory (a symlink) must collide here,
        // or the second would probe the OS lock with a new channel and release it on close.
        Path key = realPath(dir).resolve(FILE_NAME);
        if (!HELD_IN_THIS_JVM.add(key)) {
            throw inUse(dir, Long.toString(ProcessHandle.current().pid()));
        }
        FileChannel ch = null;
        try {
            ch = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.READ, StandardOpenOption.WRITE);
            FileLock l;
            try {
                l = ch.tryLock();
            } catch (OverlappingFileLockException e) {
                // Held in this JVM through a channel this class did not open (the registry missed it).
                // Closing our channel may drop that lock on Linux; refusing loudly is still the right answer.
                l = null;
            }
            if (l == null) {
                String holder = readPid(ch);
                ch.close();
                throw inUse(dir, holder);
            }
            ch.truncate(0);
            ch.write(ByteBuffer.wrap((ProcessHandle.current().pid() + "\n").getBytes(StandardCharsets.US_ASCII)), 0);
            ch.force(true);
            return new DataDirLock(dir, key, ch, l);
        } catch (IOException e) {
            HELD_IN_THIS_JVM.remove(key);
            closeQuietly(ch);
            throw new RosieException("cannot lock data directory " + dir + " (" + file + "): " + e.getMessage(), false, e);
        } catch (RuntimeException e) {
            HELD_IN_THIS_JVM.remove(key);
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
            HELD_IN_THIS_JVM.remove(registryKey);
        }
    }

    private static Path realPath(Path dir) {
        try {
            return dir.toRealPath();
        } catch (IOException e) {
            throw new RosieException("cannot resolve data directory " + dir + ": " + e.getMessage(), false, e);
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
