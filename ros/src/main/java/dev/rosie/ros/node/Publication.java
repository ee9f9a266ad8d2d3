package dev.rosie.ros.node;

import dev.rosie.ros.msg.MessageType;
import java.io.IOException;
import java.net.Socket;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;

/** A {@link Publisher}: accepts subscribers' TCPROS connections and fans messages out to them. */
final class Publication<T> implements Publisher<T> {
    private static final System.Logger LOG = System.getLogger(Publication.class.getName());

    private final Node node;
    private final String topic;
    private final MessageType<T> type;
    private final boolean latch;
    private final List<OutboundConnection> connections = new CopyOnWriteArrayList<>();
    private final Counter connected = new Counter();
    private final Object publishLock = new Object();
    private volatile byte[] lastFrame;

    Publication(Node node, String topic, MessageType<T> type, boolean latch) {
        this.node = node;
        this.topic = topic;
        this.type = type;
        this.latch = latch;
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
    public boolean latched() {
        return latch;
    }

    @Override
    public void publish(T message) {
        byte[] frame = ConnectionHeader.frame(type.serialize(Objects.requireNonNull(message, "message")));
        // One lock orders the latched message against new subscribers, so none misses or repeats it.
        synchronized (publishLock) {
            if (latch) {
                lastFrame = frame;
            }
            for (OutboundConnection c : connections) {
                c.send(frame);
            }
        }
    }

    @Override
    public int subscriberCount() {
        return connected.get();
    }

    @Override
    public boolean awaitSubscribers(int n, Duration timeout) throws InterruptedException {
        return connected.awaitAtLeast(n, timeout);
    }

    @Override
    public void shutdown() {
        node.unpublish(this);
    }

    /** Checks a subscriber's header and either refuses it (logged, error header sent) or starts serving it. */
    void accept(Socket socket, ConnectionHeader request, int id) throws IOException {
        String caller = request.getOr(ConnectionHeader.CALLER_ID, "<no callerid>");
        Optional<String> problem = HeaderCheck.mismatch(type, topic, request);
        if (problem.isPresent()) {
            LOG.log(System.Logger.Level.WARNING, "refused subscriber " + caller + " on " + topic + ": " + problem.get());
            socket.getOutputStream().write(ConnectionHeader.error(problem.get()).encode());
            socket.close();
            return;
        }
        socket.getOutputStream().write(new ConnectionHeader(Map.of(
                ConnectionHeader.CALLER_ID, node.name(),
                ConnectionHeader.TOPIC, topic,
                ConnectionHeader.TYPE, type.name(),
                ConnectionHeader.MD5SUM, type.md5sum(),
                ConnectionHeader.DEFINITION, type.definition(),
                ConnectionHeader.LATCHING, latch ? "1" : "0")).encode());
        socket.getOutputStream().flush();
        if ("1".equals(request.getOr(ConnectionHeader.TCP_NODELAY, "0"))) {
            socket.setTcpNoDelay(true);
        }
        OutboundConnection c = new OutboundConnection(id, caller, topic, socket, this::closed);
        synchronized (publishLock) {
            if (lastFrame != null) {
                c.send(lastFrame);
            }
            connections.add(c);
        }
        connected.add(1);
        c.start();
        LOG.log(System.Logger.Level.DEBUG, "subscriber " + caller + " connected to " + topic);
    }

    private void closed(OutboundConnection c) {
        if (connections.remove(c)) {
            connected.add(-1);
        }
    }

    void closeAll() {
        for (OutboundConnection c : connections) {
            c.finish(Duration.ofSeconds(1));
        }
    }

    List<BusConnection> busInfo() {
        return connections.stream().map(OutboundConnection::info).toList();
    }
}
