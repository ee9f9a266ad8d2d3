package dev.rosie.remote.link;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.Semaphore;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;
import org.eclipse.paho.client.mqttv3.IMqttActionListener;
import org.eclipse.paho.client.mqttv3.IMqttDeliveryToken;
import org.eclipse.paho.client.mqttv3.IMqttToken;
import org.eclipse.paho.client.mqttv3.MqttAsyncClient;
import org.eclipse.paho.client.mqttv3.MqttCallbackExtended;
import org.eclipse.paho.client.mqttv3.MqttConnectOptions;
import org.eclipse.paho.client.mqttv3.MqttException;
import org.eclipse.paho.client.mqttv3.MqttMessage;
import org.eclipse.paho.client.mqttv3.MqttTopic;
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

    private record Subscription(int qos, Handler handler) {
    }

    private final BrokerSettings settings;
    private final String clientId;
    private final MqttAsyncClient client;
    private final MqttConnectOptions options;
    private final Backoff backoff;
    private final Outbox outbox;
    private final Map<String, Subscription> subscriptions = new LinkedHashMap<>();
    private final List<Runnable> onReady = new CopyOnWriteArrayList<>();
    private final ScheduledExecutorService scheduler;
    private final Semaphore inFlight = new Semaphore(MAX_IN_FLIGHT);
    private final Thread sender;
    private final ReentrantLock stateLock = new ReentrantLock();
    private final Condition stateChanged = stateLock.newCondition();
    private final AtomicInteger readyCount = new AtomicInteger();
    private volatile boolean ready;
    private volatile boolean closed;
    private volatile boolean started;
    private int failedAttempts;
    private String lastProblem = "not connected yet";

    public MqttLink(BrokerSettings settings, String clientId, boolean cleanSession, Optional<Will> will, Backoff backoff,
            int outboxCapacity) {
        this.settings = Objects.requireNonNull(settings, "settings");
        this.clientId = Objects.requireNonNull(clientId, "clientId");
        this.backoff = Objects.requireNonNull(backoff, "backoff");
        this.outbox = new Outbox(outboxCapacity);
        try {
            this.client = new MqttAsyncClient(settings.uri().toString(), clientId, new MemoryPersistence());
        } catch (MqttException e) {
            throw new IllegalArgumentException("cannot create an MQTT client for " + settings.uri() + ": " + e.getMessage(), e);
        }
        options = new MqttConnectOptions();
        options.setMqttVersion(MqttConnectOptions.MQTT_VERSION_3_1_1);
        options.setCleanSession(cleanSession);
        options.setAutomaticReconnect(false);
        options.setConnectionTimeout((int) Math.max(1, settings.connectTimeout().toSeconds()));
        options.setKeepAliveInterval((int) Math.max(1, settings.keepAlive().toSeconds()));
        options.setMaxInflight(10 * MAX_IN_FLIGHT);
        settings.username().ifPresent(options::setUserName);
        settings.password().ifPresent(p -> options.setPassword(p.toCharArray()));
        if (settings.tls()) {
            settings.caFile().ifPresent(ca -> options.setSocketFactory(Tls.trusting(ca)));
        } else {
            options.setSocketFactory(new NoDelaySocketFactory());
        }
        will.ifPresent(w -> options.setWill(w.topic(), w.payload(), w.qos(), w.retained()));
        client.setCallback(new Callback());
        scheduler = Executors.newSingleThreadScheduledExecutor(r -> daemon(r, "mqtt-connect-" + clientId));
        sender = daemon(this::sendLoop, "mqtt-send-" + clientId);
    }

    private static Thread daemon(Runnable r, String name) {
        Thread t = new Thread(r, name);
        t.setDaemon(true);
        return t;
    }

    /** Subscribes (now and after every reconnect); call before {@link #start()}. */
    public synchronized MqttLink subscribe(String filter, int qos, Handler handler) {
        if (started) {
            throw new IllegalStateException("subscribe before start()");
        }
        MqttTopic.validate(filter, true);
        subscriptions.put(filter, new Subscription(qos, handler));
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
        sender.start();
        scheduler.execute(this::attempt);
    }

    /** Waits until connected and subscribed; false on timeout. */
    public boolean awaitReady(Duration timeout) throws InterruptedException {
        long nanos = timeout.toNanos();
        stateLock.lock();
        try {
            while (!ready && !closed) {
                if (nanos <= 0) {
                    return false;
                }
                nanos = stateChanged.awaitNanos(nanos);
            }
            return ready;
        } finally {
            stateLock.unlock();
        }
    }

    public boolean ready() {
        return ready;
    }

    /** How many times the link became ready: 1 after the first connect, more after reconnects. */
    public int readyCount() {
        return readyCount.get();
    }

    /** Why the last connection attempt failed or the connection was lost. */
    public synchronized String lastProblem() {
        return lastProblem;
    }

    public String clientId() {
        return clientId;
    }

    public BrokerSettings settings() {
        return settings;
    }

    /** Queues a message; false when the outbox is full and it was dropped. Never blocks. */
    public boolean publish(String topic, byte[] payload, int qos, boolean retained) {
        return outbox.offer(new Outgoing(topic, payload, qos, retained, false));
    }

    /** Queues a message of which only the newest matters (telemetry, status). Never blocks. */
    public void publishLatest(String topic, byte[] payload, int qos, boolean retained) {
        outbox.offer(new Outgoing(topic, payload, qos, retained, true));
    }

    /** Messages dropped because the outbox was full. */
    public long dropped() {
        return outbox.dropped();
    }

    /** Waits until everything queued has been handed to the broker; false on timeout. */
    public boolean drain(Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            if (outbox.size() == 0 && inFlight.availablePermits() == MAX_IN_FLIGHT) {
                return true;
            }
            stateLock.lock();
            try {
                stateChanged.await(5, TimeUnit.MILLISECONDS);
            } finally {
                stateLock.unlock();
            }
        }
        return outbox.size() == 0 && inFlight.availablePermits() == MAX_IN_FLIGHT;
    }

    private void attempt() {
        if (closed || client.isConnected()) {
            return;
        }
        try {
            client.connect(options, null, new IMqttActionListener() {
                @Override
                public void onSuccess(IMqttToken token) {
                    synchronized (MqttLink.this) {
                        failedAttempts = 0;
                    }
                }

                @Override
                public void onFailure(IMqttToken token, Throwable problem) {
                    retryLater("cannot connect to " + settings.uri() + ": " + describe(problem));
                }
            });
        } catch (MqttException e) {
            retryLater("cannot connect to " + settings.uri() + ": " + describe(e));
        }
    }

    private void retryLater(String problem) {
        if (closed) {
            return;
        }
        Duration delay;
        synchronized (this) {
            failedAttempts++;
            lastProblem = problem;
            delay = backoff.delay(failedAttempts, ThreadLocalRandom.current());
            if (failedAttempts == 1 || failedAttempts % 10 == 0) {
                LOG.warn("{} (attempt {}, retrying in {} ms)", problem, failedAttempts, delay.toMillis());
            }
        }
        try {
            scheduler.schedule(this::attempt, delay.toMillis(), TimeUnit.MILLISECONDS);
        } catch (java.util.concurrent.RejectedExecutionException e) {
            // closed meanwhile
        }
    }

    private void becameReady() {
        stateLock.lock();
        try {
            ready = true;
            readyCount.incrementAndGet();
            stateChanged.signalAll();
        } finally {
            stateLock.unlock();
        }
        for (Runnable r : onReady) {
            try {
                r.run();
            } catch (RuntimeException e) {
                LOG.error("on-connect action failed: {}", e.toString());
            }
        }
    }

    private void notReady() {
        stateLock.lock();
        try {
            ready = false;
            stateChanged.signalAll();
        } finally {
            stateLock.unlock();
        }
    }

    private void subscribeAll() {
        List<String> filters;
        List<Integer> qos = new ArrayList<>();
        synchronized (this) {
            filters = List.copyOf(subscriptions.keySet());
            subscriptions.values().forEach(s -> qos.add(s.qos()));
        }
        if (filters.isEmpty()) {
            becameReady();
            return;
        }
        try {
            client.subscribe(filters.toArray(String[]::new), qos.stream().mapToInt(Integer::intValue).toArray(), null,
                    new IMqttActionListener() {
                        @Override
                        public void onSuccess(IMqttToken token) {
                            becameReady();
                        }

                        @Override
                        public void onFailure(IMqttToken token, Throwable problem) {
                            LOG.error("subscribing to {} failed: {}; reconnecting", filters, describe(problem));
                            forceReconnect();
                        }
                    });
        } catch (MqttException e) {
            LOG.error("subscribing to {} failed: {}; reconnecting", filters, describe(e));
            forceReconnect();
        }
    }

    private void forceReconnect() {
        scheduler.execute(() -> {
            try {
                client.disconnectForcibly(0, 1000, false);
            } catch (MqttException e) {
                // already down
            }
            notReady();
            retryLater("subscription failed");
        });
    }

    private void sendLoop() {
        while (!closed) {
            Outgoing message;
            try {
                message = outbox.poll(100);
                if (message == null) {
                    continue;
                }
                while (!awaitReady(Duration.ofMillis(100))) {
                    if (closed) {
                        return;
                    }
                }
                inFlight.acquire();
            } catch (InterruptedException e) {
                return;
            }
            send(message);
        }
    }

    private void send(Outgoing message) {
        try {
            client.publish(message.topic(), message.payload(), message.qos(), message.retained(), null,
                    new IMqttActionListener() {
                        @Override
                        public void onSuccess(IMqttToken token) {
                            released();
                        }

                        @Override
                        public void onFailure(IMqttToken token, Throwable problem) {
                            released();
                            if (message.qos() > 0 && !closed) {
                                outbox.requeueFirst(message);
                            }
                        }
                    });
        } catch (MqttException e) {
            released();
            outbox.requeueFirst(message);
            if (client.isConnected()) {
                LOG.warn("publishing to {} failed: {}", message.topic(), describe(e));
            }
            // Not connected (yet): wait for connectionLost to flip the state rather than spinning.
            stateLock.lock();
            try {
                stateChanged.await(20, TimeUnit.MILLISECONDS);
            } catch (InterruptedException ie) {
                Thread.currentThread().interrupt();
            } finally {
                stateLock.unlock();
            }
        }
    }

    private void released() {
        inFlight.release();
        stateLock.lock();
        try {
            stateChanged.signalAll();
        } finally {
            stateLock.unlock();
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
        if (closed) {
            return;
        }
        closed = true;
        scheduler.shutdownNow();
        sender.interrupt();
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
        notReady();
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
            if (readyCount.get() > 0) {
                LOG.info("{} reconnected to {}", clientId, serverURI);
            } else if (!options.isCleanSession()) {
                LOG.info("{} connected to {}", clientId, serverURI);
            } else {
                LOG.debug("{} connected to {}", clientId, serverURI);
            }
            subscribeAll();
        }

        @Override
        public void connectionLost(Throwable cause) {
            notReady();
            if (!closed) {
                LOG.warn("{} lost the connection to {}: {}", clientId, settings.uri(), describe(cause));
                retryLater("connection lost: " + describe(cause));
            }
        }

        @Override
        public void messageArrived(String topic, MqttMessage message) {
            Subscription target = subscriptions.get(topic);
            if (target == null) {
                for (Map.Entry<String, Subscription> e : subscriptions.entrySet()) {
                    if (MqttTopic.isMatched(e.getKey(), topic)) {
                        target = e.getValue();
                        break;
                    }
                }
            }
            if (target == null) {
                return;
            }
            try {
                target.handler().on(topic, message.getPayload(), message.isRetained());
            } catch (RuntimeException e) {
                LOG.error("handling a message on {} failed: {}", topic, e.toString(), e);
            }
        }

        @Override
        public void deliveryComplete(IMqttDeliveryToken token) {
        }
    }
}
