package dev.rosie.ros.node;

import dev.rosie.core.InvalidInputException;
import dev.rosie.ros.msg.MessageType;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;

/** A {@link Subscriber}: keeps one {@link InboundConnection} per publisher the master names. */
final class Subscription<T> implements Subscriber<T> {
    private static final System.Logger LOG = System.getLogger(Subscription.class.getName());

    private final Node node;
    private final String topic;
    private final MessageType<T> type;
    private final List<MessageListener<T>> listeners = new CopyOnWriteArrayList<>();
    private final Map<String, InboundConnection> connections = new LinkedHashMap<>();
    private final Counter connected = new Counter();
    private boolean closed;

    Subscription(Node node, String topic, MessageType<T> type) {
        this.node = node;
        this.topic = topic;
        this.type = type;
    }

    Node node() {
        return node;
    }

    @Override
    public String topic() {
        return topic;
    }

    @Override
    public MessageType<T> type() {
        return type;
    }

    @Override
    public void addMessageListener(MessageListener<T> listener) {
        listeners.add(Objects.requireNonNull(listener, "listener"));
    }

    @Override
    public int publisherCount() {
        return connected.get();
    }

    @Override
    public boolean awaitPublishers(int n, Duration timeout) throws InterruptedException {
        return connected.awaitAtLeast(n, timeout);
    }

    @Override
    public void shutdown() {
        node.unsubscribe(this);
    }

    /** The master's current list of publishers: connect to new ones, drop those no longer listed. */
    synchronized void updatePublishers(List<String> uris) {
        if (closed) {
            return;
        }
        Set<String> wanted = new HashSet<>(uris);
        for (var it = connections.entrySet().iterator(); it.hasNext(); ) {
            var e = it.next();
            if (!wanted.contains(e.getKey())) {
                e.getValue().close();
                it.remove();
            }
        }
        for (String uri : uris) {
            if (!connections.containsKey(uri)) {
                InboundConnection c = new InboundConnection(this, uri, node.nextConnectionId());
                connections.put(uri, c);
                c.start();
            }
        }
    }

    void connected(int delta) {
        connected.add(delta);
    }

    void deliver(byte[] body, String publisherId) {
        T message;
        try {
            message = type.deserialize(body);
        } catch (InvalidInputException | IllegalArgumentException e) {
            LOG.log(System.Logger.Level.WARNING, "dropped a message from " + publisherId + " on " + topic + ": "
                    + e.getMessage());
            return;
        }
        for (MessageListener<T> l : listeners) {
            try {
                l.onNewMessage(message, publisherId);
            } catch (RuntimeException e) {
                // A listener's bug must not kill the connection or starve the other listeners.
                LOG.log(System.Logger.Level.ERROR, "listener on " + topic + " failed: " + e, e);
            }
        }
    }

    synchronized void closeAll() {
        closed = true;
        for (InboundConnection c : connections.values()) {
            c.close();
        }
        connections.clear();
    }

    synchronized List<BusConnection> busInfo() {
        List<BusConnection> out = new ArrayList<>();
        for (InboundConnection c : connections.values()) {
            out.add(c.info());
        }
        return out;
    }
}
