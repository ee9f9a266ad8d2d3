package dev.rosie.ros.testing;

import dev.rosie.core.concurrent.Conditions;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

/**
 * Collects the log lines the ros module writes (System.Logger goes to java.util.logging by
 * default) so a test can wait, with a bound, for the line that explains a refusal.
 */
public final class LogCapture extends Handler implements AutoCloseable {
    private final Logger logger;
    private final List<String> lines = new ArrayList<>();
    private final ReentrantLock lock = new ReentrantLock();
    private final Condition added = lock.newCondition();

    public LogCapture(String loggerName) {
        this.logger = Logger.getLogger(loggerName);
        logger.addHandler(this);
        setLevel(Level.ALL);
    }

    public static LogCapture ros() {
        return new LogCapture("dev.rosie.ros");
    }

    @Override
    public void publish(LogRecord record) {
        Conditions.signalAllAfter(lock, added, () -> lines.add(record.getLevel() + " " + record.getMessage()));
    }

    /** The first line containing {@code text}, waiting up to {@code timeout} for it to be logged. */
    public String await(String text, Duration timeout) throws InterruptedException {
        lock.lock();
        try {
            if (!Conditions.awaitHeld(added, () -> first(text) != null, timeout)) {
                throw new AssertionError("no log line containing '" + text + "' within " + timeout + "; got:\n"
                        + String.join("\n", lines));
            }
            return first(text);
        } finally {
            lock.unlock();
        }
    }

    /** The first line containing {@code text}, or null; call with the lock held. */
    private String first(String text) {
        for (String l : lines) {
            if (l.contains(text)) {
                return l;
            }
        }
        return null;
    }

    public List<String> lines() {
        lock.lock();
        try {
            return List.copyOf(lines);
        } finally {
            lock.unlock();
        }
    }

    @Override
    public void flush() {}

    @Override
    public void close() {
        logger.removeHandler(this);
    }
}
