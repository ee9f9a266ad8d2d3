package dev.rosie.remote.link;

import dev.rosie.core.concurrent.Conditions;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;

/**
 * Messages waiting for the sender thread, bounded: at most {@code capacity} queued messages plus
 * one per "latest only" topic. When full, a new queued message is dropped and counted, never
 * blocking the caller (the caller may be Paho's callback thread).
 */
final class Outbox {
    private final int capacity;
    private final Deque<Outgoing> queue = new ArrayDeque<>();
    private final Map<String, Outgoing> latest = new LinkedHashMap<>();
    private final ReentrantLock lock = new ReentrantLock();
    private final Condition available = lock.newCondition();
    private long dropped;

    Outbox(int capacity) {
        if (capacity <= 0) {
            throw new IllegalArgumentException("outbox capacity must be positive");
        }
        this.capacity = capacity;
    }

    boolean offer(Outgoing message) {
        lock.lock();
        try {
            if (message.latestOnly()) {
                latest.remove(message.topic());
                latest.put(message.topic(), message);
            } else if (queue.size() >= capacity) {
                dropped++;
                return false;
            } else {
                queue.addLast(message);
            }
            available.signal();
            return true;
        } finally {
            lock.unlock();
        }
    }

    /** Puts back a message whose publish failed, ahead of everything else, unless a newer one replaced it. */
    void requeueFirst(Outgoing message) {
        lock.lock();
        try {
            if (message.latestOnly()) {
                latest.putIfAbsent(message.topic(), message);
            } else {
                queue.addFirst(message);
            }
            available.signal();
        } finally {
            lock.unlock();
        }
    }

    /** The next message, waiting up to {@code timeoutMillis}; null if none came. "Latest" slots go first. */
    Outgoing poll(long timeoutMillis) throws InterruptedException {
        lock.lock();
        try {
            if (!Conditions.awaitHeld(available, () -> !queue.isEmpty() || !latest.isEmpty(),
                    Duration.ofNanos(TimeUnit.MILLISECONDS.toNanos(timeoutMillis)))) {
                return null;
            }
            if (!latest.isEmpty()) {
                String topic = latest.keySet().iterator().next();
                return latest.remove(topic);
            }
            return queue.pollFirst();
        } finally {
            lock.unlock();
        }
    }

    int size() {
        lock.lock();
        try {
            return queue.size() + latest.size();
        } finally {
            lock.unlock();
        }
    }

    long dropped() {
        lock.lock();
        try {
            return dropped;
        } finally {
            lock.unlock();
        }
    }
}
