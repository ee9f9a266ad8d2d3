package dev.rosie.ros.node;

import dev.rosie.ros.msg.MessageType;
import java.time.Duration;

/** Sends messages of one type on one topic to every subscriber that connects. */
public interface Publisher<T> {
    String topic();

    MessageType<T> type();

    /** True when new subscribers get the last published message as soon as they connect. */
    boolean latched();

    /** Queues {@code message} for every connected subscriber; never blocks on a slow one. */
    void publish(T message);

    int subscriberCount();

    /** Waits until at least {@code n} subscribers are connected; false if the timeout passed first. */
    boolean awaitSubscribers(int n, Duration timeout) throws InterruptedException;

    /** Unregisters from the master and closes every subscriber connection. */
    void shutdown();
}
