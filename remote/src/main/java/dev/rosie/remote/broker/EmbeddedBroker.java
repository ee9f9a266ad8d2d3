package dev.rosie.remote.broker;

import dev.rosie.core.RosieException;
import io.moquette.BrokerConstants;
import io.moquette.broker.Server;
import io.moquette.broker.config.MemoryConfig;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.file.Path;
import java.util.Optional;
import java.util.Properties;

/**
 * An in-process MQTT 3.1.1 broker (Moquette 0.17). It binds one address (loopback by default),
 * accepts anonymous clients (commands are authenticated by signature, not by broker login), never
 * calls home ({@code telemetry_enabled=false}), opens no websocket port, and keeps sessions in
 * memory unless given a directory for its store.
 */
public final class EmbeddedBroker implements AutoCloseable {
    /** Payloads up to this size reach subscribers, so the robot can answer an oversized one itself. */
    public static final int MAX_MESSAGE_BYTES = 256 * 1024;

    private final Server server;
    private final String host;
    private final int port;
    private boolean running;

    private EmbeddedBroker(Server server, String host, int port) {
        this.server = server;
        this.host = host;
        this.port = port;
        this.running = true;
    }

    /**
     * Starts a broker on {@code host:port}; {@code port} 0 picks a free one (Moquette cannot report
     * an ephemeral port, so this probes for one and retries if it was taken meanwhile).
     *
     * @param store a directory for Moquette's session store; empty keeps everything in memory
     */
    public static EmbeddedBroker start(String host, int port, Optional<Path> store) {
        if (port != 0) {
            return startOn(host, port, store);
        }
        RosieException last = null;
        for (int attempt = 0; attempt < 5; attempt++) {
            try {
                return startOn(host, freePort(host), store);
            } catch (RosieException e) {
                last = e;
            }
        }
        throw last;
    }

    private static EmbeddedBroker startOn(String host, int port, Optional<Path> store) {
        // Netty would otherwise reach for sun.misc.Unsafe, which JDK 24+ warns about on stderr at
        // start; its safe paths are plenty for a household robot's message rate.
        if (System.getProperty("io.netty.noUnsafe") == null) {
            System.setProperty("io.netty.noUnsafe", "true");
        }
        Properties p = new Properties();
        p.setProperty(BrokerConstants.HOST_PROPERTY_NAME, host);
        p.setProperty(BrokerConstants.PORT_PROPERTY_NAME, Integer.toString(port));
        p.setProperty(BrokerConstants.WEB_SOCKET_PORT_PROPERTY_NAME, BrokerConstants.DISABLED_PORT_BIND);
        p.setProperty(BrokerConstants.ENABLE_TELEMETRY_NAME, "false");
        p.setProperty(BrokerConstants.ALLOW_ANONYMOUS_PROPERTY_NAME, "true");
        // mosquitto_pub and friends connect with an empty client id and a clean session (MQTT 3.1.1 allows it).
        p.setProperty(BrokerConstants.ALLOW_ZERO_BYTE_CLIENT_ID_PROPERTY_NAME, "true");
        p.setProperty(BrokerConstants.NETTY_MAX_BYTES_PROPERTY_NAME, Integer.toString(MAX_MESSAGE_BYTES));
        p.setProperty(BrokerConstants.IMMEDIATE_BUFFER_FLUSH_PROPERTY_NAME, "true");
        if (store.isPresent()) {
            p.setProperty(BrokerConstants.PERSISTENCE_ENABLED_PROPERTY_NAME, "true");
            p.setProperty(BrokerConstants.DATA_PATH_PROPERTY_NAME, store.get().toAbsolutePath().toString());
        } else {
            p.setProperty(BrokerConstants.PERSISTENCE_ENABLED_PROPERTY_NAME, "false");
        }
        Server server = new Server();
        try {
            server.startServer(new MemoryConfig(p));
        } catch (IOException | RuntimeException e) {
            server.stopServer();
            throw new RosieException("cannot start the embedded MQTT broker on " + host + ":" + port + ": "
                    + (e.getMessage() == null ? e.toString() : e.getMessage())
                    + " (is another broker using the port? pass --mqtt-port PORT or --mqtt URL)", false, e);
        }
        return new EmbeddedBroker(server, host, port);
    }

    private static int freePort(String host) {
        try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getByName(host))) {
            return s.getLocalPort();
        } catch (IOException e) {
            throw new RosieException("cannot find a free port on " + host + ": " + e.getMessage(), false, e);
        }
    }

    public int port() {
        return port;
    }

    public URI uri() {
        return URI.create("tcp://" + host + ":" + port);
    }

    @Override
    public synchronized void close() {
        if (running) {
            running = false;
            server.stopServer();
        }
    }
}
