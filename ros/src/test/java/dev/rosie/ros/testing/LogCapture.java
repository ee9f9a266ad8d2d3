package dev.rosie.ros.testing;

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
        lock.lock();
        try {
            lines.add(record.getLevel() + " " + record.getMessage());
            added.signalAll();
        } finally {
            lock.unlock();
        }
    }

    /** The first line containing {@code text}, waiting up to {@code timeout} for it to be logged. */
    public String await(String text, Duration timeout) throws InterruptedException {
        long nanos = timeout.toNanos();
        lock.lock();
        try {
            while (true) {
                for (String l : lines) {
                    if (l.contains(text)) {
                        return l;
                    }
                }
                if (nanos <= 0) {
                    throw new AssertionError("no log line containing '" + text + "' within " + timeout + "; got:\n"
                            + String.join("\n", lines));
                }
                nanos = added.awaitNanos(nanos);
            }
        } finally {
            lock.unlock();
        }
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
