package dev.rosie.ros.node;

import dev.rosie.core.concurrent.Conditions;
import java.time.Duration;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;

/** A count that threads can wait on reaching a value, with a bounded timeout. */
final class Counter {
    private final ReentrantLock lock = new ReentrantLock();
    private final Condition changed = lock.newCondition();
    private int value;

    void add(int delta) {
        Conditions.signalAllAfter(lock, changed, () -> value += delta);
    }

    int get() {
        lock.lock();
        try {
            return value;
        } finally {
            lock.unlock();
        }
    }

    boolean awaitAtLeast(int n, Duration timeout) throws InterruptedException {
        return Conditions.await(lock, changed, () -> value >= n, timeout);
    }
}
