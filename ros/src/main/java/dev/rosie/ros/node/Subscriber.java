package dev.rosie.ros.node;

import dev.rosie.ros.msg.MessageType;
import java.time.Duration;

/** Receives messages of one type on one topic from every publisher the master names. */
public interface Subscriber<T> {
    String topic();

    MessageType<T> type();

    void addMessageListener(MessageListener<T> listener);

    /** How many publishers this subscriber has completed a TCPROS handshake with and still hears. */
    int publisherCount();

    /** Waits until at least {@code n} publishers are connected; false if the timeout passed first. */
    boolean awaitPublishers(int n, Duration timeout) throws InterruptedException;

    /** Unregisters from the master and closes every publisher connection. */
    void shutdown();
}
