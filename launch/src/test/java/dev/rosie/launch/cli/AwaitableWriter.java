package dev.rosie.launch.cli;

import dev.rosie.core.concurrent.Conditions;
import java.io.Writer;
import java.time.Duration;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;

/** A writer a test can wait on, with a bound, until a long-running command has printed something. */
final class AwaitableWriter extends Writer {
    private final StringBuilder text = new StringBuilder();
    private final ReentrantLock lock = new ReentrantLock();
    private final Condition grew = lock.newCondition();

    @Override
    public void write(char[] buf, int off, int len) {
        Conditions.signalAllAfter(lock, grew, () -> text.append(buf, off, len));
    }

    /** Waits until the output contains {@code wanted}; fails with the output so far after {@code timeout}. */
    void await(String wanted, Duration timeout) throws InterruptedException {
        lock.lock();
        try {
            if (!Conditions.awaitHeld(grew, () -> text.indexOf(wanted) >= 0, timeout)) {
                throw new AssertionError("no '" + wanted + "' within " + timeout + " in:\n" + text);
            }
        } finally {
            lock.unlock();
        }
    }

    @Override
    public String toString() {
        lock.lock();
        try {
            return text.toString();
        } finally {
            lock.unlock();
        }
    }

    @Override
    public void flush() {}

    @Override
    public void close() {}
}
