package dev.rosie.ros.node;

import dev.rosie.core.InvalidInputException;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketException;
import java.util.Optional;
import java.util.function.Function;

/**
 * The node's TCPROS listening socket. Each connection gets a virtual thread that reads the
 * subscriber's header within the call timeout and hands the socket to the topic's
 * {@link Publication}; a header for a topic we do not publish, for a service, or that is not a
 * header at all is answered with an error (where possible) and a log line, and the socket closed.
 */
final class TcpRosServer implements AutoCloseable {
    private static final System.Logger LOG = System.getLogger(TcpRosServer.class.getName());

    private final ServerSocket server;
    private final Function<String, Optional<Publication<?>>> publications;
    private final String nodeName;
    private final int handshakeTimeoutMillis;
    private final java.util.function.IntSupplier ids;
    private volatile boolean closed;

    TcpRosServer(InetAddress address, String nodeName, int handshakeTimeoutMillis,
            Function<String, Optional<Publication<?>>> publications, java.util.function.IntSupplier ids) throws IOException {
        this.server = new ServerSocket(0, 50, address);
        this.nodeName = nodeName;
        this.handshakeTimeoutMillis = handshakeTimeoutMillis;
        this.publications = publications;
        this.ids = ids;
        Thread.ofVirtual().name("tcpros-accept").start(this::acceptLoop);
    }

    int port() {
        return server.getLocalPort();
    }

    private void acceptLoop() {
        while (!closed) {
            try {
                Socket s = server.accept();
                Thread.ofVirtual().name("tcpros-handshake").start(() -> handshake(s));
            } catch (SocketException e) {
                if (!closed) {
                    LOG.log(System.Logger.Level.ERROR, "TCPROS server socket failed: " + e.getMessage());
                }
                return;
            } catch (IOException e) {
                LOG.log(System.Logger.Level.WARNING, "TCPROS accept failed: " + e.getMessage());
            }
        }
    }

    private void handshake(Socket s) {
        String peer = String.valueOf(s.getRemoteSocketAddress());
        try {
            s.setSoTimeout(handshakeTimeoutMillis);
            ConnectionHeader request = ConnectionHeader.read(s.getInputStream());
            s.setSoTimeout(0);
            String caller = request.getOr(ConnectionHeader.CALLER_ID, peer);
            if (request.get("service").isPresent()) {
                refuse(s, caller, "node " + nodeName + " provides no services");
                return;
            }
            Optional<String> topic = request.get(ConnectionHeader.TOPIC);
            if (topic.isEmpty()) {
                refuse(s, caller, "connection header names no topic");
                return;
            }
            Optional<Publication<?>> publication = publications.apply(topic.get());
            if (publication.isEmpty()) {
                refuse(s, caller, "node " + nodeName + " does not publish " + topic.get());
                return;
            }
            publication.get().accept(s, request, ids.getAsInt());
        } catch (InvalidInputException e) {
            LOG.log(System.Logger.Level.WARNING, "refused TCPROS connection from " + peer + ": " + e.getMessage());
            closeQuietly(s);
        } catch (IOException e) {
            LOG.log(System.Logger.Level.WARNING, "TCPROS handshake with " + peer + " failed: " + e.getMessage());
            closeQuietly(s);
        }
    }

    private static void refuse(Socket s, String caller, String why) throws IOException {
        LOG.log(System.Logger.Level.WARNING, "refused TCPROS connection from " + caller + ": " + why);
        s.getOutputStream().write(ConnectionHeader.error(why).encode());
        s.close();
    }

    private static void closeQuietly(Socket s) {
        try {
            s.close();
        } catch (IOException ignored) {
            // Nothing more to do with a peer we are refusing.
        }
    }

    @Override
    public void close() throws IOException {
        closed = true;
        server.close();
    }
}
