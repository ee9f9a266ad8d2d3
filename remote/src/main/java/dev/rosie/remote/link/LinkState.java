package dev.rosie.remote.link;

import dev.rosie.core.concurrent.Conditions;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;

/**
 * Whether one link is ready (connected and subscribed) or closed, and the one condition every
 * waiter sleeps on: callers waiting for the link, the sender waiting to publish, a drain waiting for
 * the outbox. Readiness changes, completed publishes and shutdown all wake them.
 */
final class LinkState {
    private final ReentrantLock lock = new ReentrantLock();
    private final Condition changed = lock.newCondition();
    private final AtomicInteger readyCount = new AtomicInteger();
    private volatile boolean ready;
    private volatile boolean closed;

    boolean ready() {
        return ready;
    }

    boolean closed() {
        return closed;
    }

    /** How many times the link became ready. */
    int readyCount() {
        return readyCount.get();
    }

    /** Marks the link closed; false when it already was. Waiters are woken by the {@link #notReady()} that follows. */
    boolean close() {
        if (closed) {
            return false;
        }
        closed = true;
        return true;
    }

    void becameReady() {
        update(() -> {
            ready = true;
            readyCount.incrementAndGet();
        });
    }

    void notReady() {
        update(() -> ready = false);
    }

    /** Wakes every waiter to look again (a publish completed). */
    void changed() {
        update(() -> { });
    }

    /** Makes {@code change} under the lock and wakes every waiter. */
    private void update(Runnable change) {
        Conditions.signalAllAfter(lock, changed, change);
    }

    /** Waits until ready; false on timeout or when the link closes first. */
    boolean awaitReady(Duration timeout) throws InterruptedException {
        lock.lock();
        try {
            // ready is read under the lock, with the wait: a notReady right after cannot slip in between.
            return Conditions.awaitHeld(changed, () -> ready || closed, timeout) && ready;
        } finally {
            lock.unlock();
        }
    }

    /** Sleeps until something changes or {@code millis} pass, whichever is first. */
    void awaitChange(long millis) throws InterruptedException {
        lock.lock();
        try {
            changed.await(millis, TimeUnit.MILLISECONDS);
        } finally {
            lock.unlock();
        }
    }
}
