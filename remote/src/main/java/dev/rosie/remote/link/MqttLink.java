package dev.rosie.remote.link;

import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import org.eclipse.paho.client.mqttv3.IMqttDeliveryToken;
import org.eclipse.paho.client.mqttv3.MqttAsyncClient;
import org.eclipse.paho.client.mqttv3.MqttCallbackExtended;
import org.eclipse.paho.client.mqttv3.MqttConnectOptions;
import org.eclipse.paho.client.mqttv3.MqttException;
import org.eclipse.paho.client.mqttv3.MqttMessage;
import org.eclipse.paho.client.mqttv3.persist.MemoryPersistence;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One client connection to a broker that stays up: it connects in the background, retries with
 * {@link Backoff} after a failure or a lost connection, subscribes again every time it connects, and
 * publishes from a bounded {@link Outbox} through one sender thread with at most
 * {@link #MAX_IN_FLIGHT} publishes outstanding. Paho keeps its state in memory
 * ({@link MemoryPersistence}), never in the working directory.
 *
 * <p>The link owns the lifecycle (start, ready, close) and Paho's callbacks; the work is done by
 * {@link ConnectOptions} (how it connects), {@link Reconnects} (when it tries again),
 * {@link Subscriptions} (what it listens to and who handles it), {@link Publisher} (what it sends)
 * and {@link LinkState} (ready or closed, and the waiting on it).
 *
 * <p>Subscription handlers run on Paho's callback thread: they must be quick, must not wait for a
 * publish to complete, and exceptions they throw are logged and swallowed (an exception escaping
 * to Paho would drop the connection).
 */
public final class MqttLink implements AutoCloseable {
    public static final int MAX_IN_FLIGHT = 100;
    private static final Logger LOG = LoggerFactory.getLogger(MqttLink.class);

    /** A message handler for a subscription. */
    @FunctionalInterface
    public interface Handler {
        void on(String topic, byte[] payload, boolean retained);
    }

    /** The last will: what the broker publishes if this connection dies without saying goodbye. */
    public record Will(String topic, byte[] payload, int qos, boolean retained) {
    }

    private final BrokerSettings settings;
    private final String clientId;
    private final MqttAsyncClient client;
    private final MqttConnectOptions options;
    private final LinkState state = new LinkState();
    private final Subscriptions subscriptions = new Subscriptions();
    private final List<Runnable> onReady = new CopyOnWriteArrayList<>();
    private final Reconnects reconnects;
    private final Publisher publisher;
    private volatile boolean started;

    public MqttLink(BrokerSettings settings, String clientId, boolean cleanSession, Optional<Will> will, Backoff backoff,
            int outboxCapacity) {
        this.settings = Objects.requireNonNull(settings, "settings");
        this.clientId = Objects.requireNonNull(clientId, "clientId");
        Objects.requireNonNull(backoff, "backoff");
        Outbox outbox = new Outbox(outboxCapacity);
        try {
            this.client = new MqttAsyncClient(settings.uri().toString(), clientId, new MemoryPersistence());
        } catch (MqttException e) {
            throw new IllegalArgumentException("cannot create an MQTT client for " + settings.uri() + ": " + e.getMessage(), e);
        }
        options = ConnectOptions.of(settings, cleanSession, will);
        client.setCallback(new Callback());
        reconnects = new Reconnects(client, options, settings, backoff, state, clientId);
        publisher = new Publisher(client, state, outbox, clientId);
    }

    static Thread daemon(Runnable r, String name) {
        Thread t = new Thread(r, name);
        t.setDaemon(true);
        return t;
    }

    /** Subscribes (now and after every reconnect); call before {@link #start()}. */
    public synchronized MqttLink subscribe(String filter, int qos, Handler handler) {
        if (started) {
            throw new IllegalStateException("subscribe before start()");
        }
        subscriptions.add(filter, qos, handler);
        return this;
    }

    /** Runs {@code action} every time the link is connected and subscribed (first time and after reconnects). */
    public MqttLink onReady(Runnable action) {
        onReady.add(action);
        return this;
    }

    public synchronized void start() {
        if (started) {
            return;
        }
        started = true;
        publisher.start();
        reconnects.start();
    }

    /** Waits until connected and subscribed; false on timeout. */
    public boolean awaitReady(Duration timeout) throws InterruptedException {
        return state.awaitReady(timeout);
    }

    public boolean ready() {
        return state.ready();
    }

    /** How many times the link became ready: 1 after the first connect, more after reconnects. */
    public int readyCount() {
        return state.readyCount();
    }

    /** Why the last connection attempt failed or the connection was lost. */
    public String lastProblem() {
        return reconnects.lastProblem();
    }

    public String clientId() {
        return clientId;
    }

    public BrokerSettings settings() {
        return settings;
    }

    /** Queues a message; false when the outbox is full and it was dropped. Never blocks. */
    public boolean publish(String topic, byte[] payload, int qos, boolean retained) {
        return publisher.offer(new Outgoing(topic, payload, qos, retained, false));
    }

    /** Queues a message of which only the newest matters (telemetry, status). Never blocks. */
    public void publishLatest(String topic, byte[] payload, int qos, boolean retained) {
        publisher.offer(new Outgoing(topic, payload, qos, retained, true));
    }

    /** Messages dropped because the outbox was full. */
    public long dropped() {
        return publisher.dropped();
    }

    /** Waits until everything queued has been handed to the broker; false on timeout. */
    public boolean drain(Duration timeout) throws InterruptedException {
        return publisher.drain(timeout);
    }

    private void becameReady() {
        state.becameReady();
        for (Runnable r : onReady) {
            try {
                r.run();
            } catch (RuntimeException e) {
                LOG.error("on-connect action failed: {}", e.toString());
            }
        }
    }

    /** Leaves cleanly: stops reconnecting, disconnects (the broker does not send the will), frees threads. */
    @Override
    public void close() {
        shutdown(true);
    }

    /**
     * Drops the connection without a DISCONNECT packet, as a crash would: the broker then publishes
     * the will. For tests and for fault drills.
     */
    public void kill() {
        shutdown(false);
    }

    private void shutdown(boolean graceful) {
        if (!state.close()) {
            return;
        }
        reconnects.stop();
        publisher.stop();
        try {
            if (client.isConnected()) {
                if (graceful) {
                    client.disconnect(500).waitForCompletion(2000);
                } else {
                    client.disconnectForcibly(0, 500, false);
                }
            }
        } catch (MqttException e) {
            LOG.debug("disconnect: {}", describe(e));
        }
        try {
            client.close(true);
        } catch (MqttException e) {
            LOG.debug("close: {}", describe(e));
        }
        state.notReady();
    }

    static String describe(Throwable t) {
        if (t == null) {
            return "unknown problem";
        }
        Throwable root = t;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String message = t.getMessage() == null ? t.getClass().getSimpleName() : t.getMessage();
        return root == t || root.getMessage() == null ? message : message + " (" + root.getMessage() + ")";
    }

    private final class Callback implements MqttCallbackExtended {
        @Override
        public void connectComplete(boolean reconnect, String serverURI) {
            if (state.readyCount() > 0) {
                LOG.info("{} reconnected to {}", clientId, serverURI);
            } else if (!options.isCleanSession()) {
                LOG.info("{} connected to {}", clientId, serverURI);
            } else {
                LOG.debug("{} connected to {}", clientId, serverURI);
            }
            subscriptions.subscribeAll(client, MqttLink.this::becameReady, reconnects::forceReconnect);
        }

        @Override
        public void connectionLost(Throwable cause) {
            state.notReady();
            if (!state.closed()) {
                LOG.warn("{} lost the connection to {}: {}", clientId, settings.uri(), describe(cause));
                reconnects.retryLater("connection lost: " + describe(cause));
            }
        }

        @Override
        public void messageArrived(String topic, MqttMessage message) {
            subscriptions.dispatch(topic, message);
        }

        @Override
        public void deliveryComplete(IMqttDeliveryToken token) {
        }
    }
}
