package dev.rosie.core.concurrent;

import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.Lock;
import java.util.function.BooleanSupplier;

/**
 * Bounded waits on a {@link Condition} until a predicate holds, and the signalling side that goes
 * with them. The predicate is always tested with the lock held, first before any wait (so a state
 * that already holds returns at once, even with a zero timeout) and again after every wake-up,
 * spurious ones included; the time left is what {@link Condition#awaitNanos} reports, so a wait never
 * runs past its timeout however often it is woken.
 */
public final class Conditions {
    private Conditions() {
    }

    /**
     * Takes {@code lock} and waits on {@code changed}, one of its conditions, until {@code holds} is
     * true; false if {@code timeout} passed first (a zero or negative timeout tests once).
     *
     * @throws InterruptedException if the thread is interrupted while it waits (the lock is released)
     */
    public static boolean await(Lock lock, Condition changed, BooleanSupplier holds, Duration timeout)
            throws InterruptedException {
        lock.lock();
        try {
            return awaitHeld(changed, holds, timeout);
        } finally {
            lock.unlock();
        }
    }

    /**
     * As {@link #await}, for a caller that already holds the condition's lock, typically to act on
     * the state it waited for before letting go of it.
     */
    public static boolean awaitHeld(Condition changed, BooleanSupplier holds, Duration timeout)
            throws InterruptedException {
        Objects.requireNonNull(changed, "changed");
        Objects.requireNonNull(holds, "holds");
        long nanos = timeout.toNanos();
        while (!holds.getAsBoolean()) {
            if (nanos <= 0) {
                return false;
            }
            nanos = changed.awaitNanos(nanos);
        }
        return true;
    }

    /** Makes {@code change} under {@code lock}, then wakes every thread waiting on {@code changed}. */
    public static void signalAllAfter(Lock lock, Condition changed, Runnable change) {
        lock.lock();
        try {
            change.run();
            changed.signalAll();
        } finally {
            lock.unlock();
        }
    }
}
