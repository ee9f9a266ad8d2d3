package dev.rosie.ros.node;

/** Receives the messages a {@link Subscriber} reads, on that publisher connection's own thread. */
@FunctionalInterface
public interface MessageListener<T> {
    void onNewMessage(T message);

    /**
     * Called for each message with the caller id of the node that published it (from its
     * connection header); override it when provenance matters, as it does for commands.
     */
    default void onNewMessage(T message, String publisherId) {
        onNewMessage(message);
    }
}
