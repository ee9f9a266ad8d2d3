package dev.rosie.ros.node;

import dev.rosie.core.InvalidInputException;
import dev.rosie.core.RosieException;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A subscriber's connection to one publisher, named by its slave URI: ask it for the topic
 * ({@code requestTopic}), connect over TCPROS, exchange headers, then read length-prefixed
 * messages until told to stop. A lost connection is retried with a capped backoff for as long as
 * the master still lists the publisher; a publisher that refuses the handshake (wrong type or
 * md5sum) is not retried, since it would refuse again.
 */
final class InboundConnection {
    /** The largest message accepted: a 4K RGB image is ~25 MB. */
    static final int MAX_MESSAGE_BYTES = 64 * 1024 * 1024;
    private static final System.Logger LOG = System.getLogger(InboundConnection.class.getName());
    private static final Duration FIRST_BACKOFF = Duration.ofMillis(100);
    private static final Duration MAX_BACKOFF = Duration.ofSeconds(2);

    private final Subscription<?> owner;
    private final String publisherUri;
    private final int id;
    private volatile boolean closed;
    private volatile boolean handshaken;
    private volatile Socket socket;
    private volatile String publisherId;
    private Thread thread;

    InboundConnection(Subscription<?> owner, String publisherUri, int id) {
        this.owner = owner;
        this.publisherUri = publisherUri;
        this.id = id;
        this.publisherId = publisherUri;
    }

    String publisherUri() {
        return publisherUri;
    }

    void start() {
        thread = Thread.ofVirtual().name("tcpros-in-" + owner.topic() + "-" + id).start(this::run);
    }

    private void run() {
        Duration backoff = FIRST_BACKOFF;
        while (!closed) {
            try {
                connect();
                backoff = FIRST_BACKOFF;
                read();
            } catch (Refused e) {
                LOG.log(System.Logger.Level.WARNING, "refused publisher " + publisherId + " on " + owner.topic() + ": "
                        + e.getMessage());
                break;
            } catch (IOException | RosieException e) {
                if (closed) {
                    break;
                }
                LOG.log(System.Logger.Level.INFO, "lost publisher " + publisherUri + " on " + owner.topic() + " ("
                        + e.getMessage() + "); reconnecting in " + backoff.toMillis() + " ms");
            } finally {
                disconnected();
            }
            if (!closed) {
                try {
                    Thread.sleep(backoff);
                } catch (InterruptedException e) {
                    break;
                }
                backoff = backoff.multipliedBy(2).compareTo(MAX_BACKOFF) > 0 ? MAX_BACKOFF : backoff.multipliedBy(2);
            }
        }
    }

    private void connect() throws IOException {
        Node node = owner.node();
        Object answer = node.rpc().call(URI.create(publisherUri), "requestTopic", node.name(), owner.topic(),
                List.of(List.of("TCPROS")));
        Object params = MasterClient.unwrap("requestTopic", answer);
        if (!(params instanceof List<?> p) || p.size() < 3 || !"TCPROS".equals(p.get(0))
                || !(p.get(1) instanceof String host) || !(p.get(2) instanceof Integer port)) {
            throw new Refused("publisher answered requestTopic with " + params + ", not [TCPROS, host, port]");
        }
        Socket s = new Socket();
        socket = s;
        if (closed) {
            s.close();
            return;
        }
        int timeout = (int) node.config().callTimeout().toMillis();
        s.connect(new InetSocketAddress(host, port), timeout);
        s.setTcpNoDelay(true);
        s.setSoTimeout(timeout);
        s.getOutputStream().write(new ConnectionHeader(Map.of(
                ConnectionHeader.CALLER_ID, node.name(),
                ConnectionHeader.TOPIC, owner.topic(),
                ConnectionHeader.TYPE, owner.type().name(),
                ConnectionHeader.MD5SUM, owner.type().md5sum(),
                ConnectionHeader.DEFINITION, owner.type().definition(),
                ConnectionHeader.TCP_NODELAY, "1")).encode());
        s.getOutputStream().flush();
        ConnectionHeader reply;
        try {
            reply = ConnectionHeader.read(s.getInputStream());
        } catch (InvalidInputException e) {
            throw new Refused("bad connection header: " + e.getMessage());
        }
        publisherId = reply.getOr(ConnectionHeader.CALLER_ID, publisherUri);
        Optional<String> error = reply.get(ConnectionHeader.ERROR);
        if (error.isPresent()) {
            throw new Refused("it answered with error: " + error.get());
        }
        Optional<String> problem = HeaderCheck.mismatch(owner.type(), owner.topic(), reply);
        if (problem.isPresent()) {
            throw new Refused(problem.get());
        }
        s.setSoTimeout(0); // a quiet topic is not a dead one
        handshaken = true;
        owner.connected(1);
    }

    private void read() throws IOException {
        InputStream in = socket.getInputStream();
        while (!closed) {
            long length = ConnectionHeader.readUint32(in);
            if (length > MAX_MESSAGE_BYTES) {
                throw new Refused("message of " + length + " bytes exceeds the " + MAX_MESSAGE_BYTES + "-byte limit");
            }
            byte[] body = ConnectionHeader.readFully(in, (int) length);
            owner.deliver(body, publisherId);
        }
    }

    private void disconnected() {
        if (handshaken) {
            handshaken = false;
            owner.connected(-1);
        }
        Socket s = socket;
        if (s != null) {
            try {
                s.close();
            } catch (IOException ignored) {
                // Already gone.
            }
        }
    }

    void close() {
        closed = true;
        Socket s = socket;
        if (s != null) {
            try {
                s.close();
            } catch (IOException ignored) {
                // Closing unblocks the reader; failure means it is already closed.
            }
        }
        if (thread != null) {
            thread.interrupt();
        }
    }

    BusConnection info() {
        return new BusConnection(id, publisherId, "i", owner.topic(), handshaken);
    }

    /** The publisher will never serve us; retrying is pointless. */
    private static final class Refused extends IOException {
        Refused(String message) {
            super(message);
        }
    }
}
