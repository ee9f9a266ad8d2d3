package dev.rosie.remote.link;

import java.time.Duration;
import java.util.concurrent.Semaphore;
import org.eclipse.paho.client.mqttv3.IMqttActionListener;
import org.eclipse.paho.client.mqttv3.IMqttToken;
import org.eclipse.paho.client.mqttv3.MqttAsyncClient;
import org.eclipse.paho.client.mqttv3.MqttException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The outbound side of a link: one sender thread takes messages from the bounded {@link Outbox},
 * waits until the link is ready and publishes, with at most {@link MqttLink#MAX_IN_FLIGHT} publishes
 * outstanding. A QoS 1 or 2 message whose publish fails goes back to the front of the outbox.
 */
final class Publisher {
    // Logged under the link's name, as before the link was split up, so log settings keep applying.
    private static final Logger LOG = LoggerFactory.getLogger(MqttLink.class);

    private final MqttAsyncClient client;
    private final LinkState state;
    private final Outbox outbox;
    private final Semaphore inFlight = new Semaphore(MqttLink.MAX_IN_FLIGHT);
    private final Thread sender;

    Publisher(MqttAsyncClient client, LinkState state, Outbox outbox, String clientId) {
        this.client = client;
        this.state = state;
        this.outbox = outbox;
        this.sender = MqttLink.daemon(this::sendLoop, "mqtt-send-" + clientId);
    }

    void start() {
        sender.start();
    }

    /** Stops the sender thread; what is still queued is not sent. */
    void stop() {
        sender.interrupt();
    }

    boolean offer(Outgoing message) {
        return outbox.offer(message);
    }

    long dropped() {
        return outbox.dropped();
    }

    /** Waits until everything queued has been handed to the broker; false on timeout. */
    boolean drain(Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            if (empty()) {
                return true;
            }
            state.awaitChange(5);
        }
        return empty();
    }

    private boolean empty() {
        return outbox.size() == 0 && inFlight.availablePermits() == MqttLink.MAX_IN_FLIGHT;
    }

    private void sendLoop() {
        while (!state.closed()) {
            Outgoing message;
            try {
                message = outbox.poll(100);
                if (message == null) {
                    continue;
                }
                while (!state.awaitReady(Duration.ofMillis(100))) {
                    if (state.closed()) {
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
                            if (message.qos() > 0 && !state.closed()) {
                                outbox.requeueFirst(message);
                            }
                        }
                    });
        } catch (MqttException e) {
            released();
            outbox.requeueFirst(message);
            if (client.isConnected()) {
                LOG.warn("publishing to {} failed: {}", message.topic(), MqttLink.describe(e));
            }
            // Not connected (yet): wait for connectionLost to flip the state rather than spinning.
            try {
                state.awaitChange(20);
            } catch (InterruptedException ie) {
                Thread.currentThread().interrupt();
            }
        }
    }

    private void released() {
        inFlight.release();
        state.changed();
    }
}
