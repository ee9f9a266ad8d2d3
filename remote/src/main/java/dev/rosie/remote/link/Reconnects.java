package dev.rosie.remote.link;

import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import org.eclipse.paho.client.mqttv3.IMqttActionListener;
import org.eclipse.paho.client.mqttv3.IMqttToken;
import org.eclipse.paho.client.mqttv3.MqttAsyncClient;
import org.eclipse.paho.client.mqttv3.MqttConnectOptions;
import org.eclipse.paho.client.mqttv3.MqttException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A link's reconnect policy: connection attempts on one background thread, a failed attempt or a
 * lost connection retried after the {@link Backoff} delay for the number of failures in a row
 * (logged at the first and every tenth), and a forced reconnect when subscribing fails.
 */
final class Reconnects {
    // Logged under the link's name, as before the link was split up, so log settings keep applying.
    private static final Logger LOG = LoggerFactory.getLogger(MqttLink.class);

    private final MqttAsyncClient client;
    private final MqttConnectOptions options;
    private final BrokerSettings settings;
    private final Backoff backoff;
    private final LinkState state;
    private final ScheduledExecutorService scheduler;
    private int failedAttempts;
    private String lastProblem = "not connected yet";

    Reconnects(MqttAsyncClient client, MqttConnectOptions options, BrokerSettings settings, Backoff backoff,
            LinkState state, String clientId) {
        this.client = client;
        this.options = options;
        this.settings = settings;
        this.backoff = backoff;
        this.state = state;
        this.scheduler = Executors.newSingleThreadScheduledExecutor(r -> MqttLink.daemon(r, "mqtt-connect-" + clientId));
    }

    /** The first attempt, in the background. */
    void start() {
        scheduler.execute(this::attempt);
    }

    /** Stops attempting; an attempt scheduled for later never runs. */
    void stop() {
        scheduler.shutdownNow();
    }

    /** Why the last connection attempt failed or the connection was lost. */
    synchronized String lastProblem() {
        return lastProblem;
    }

    private void attempt() {
        if (state.closed() || client.isConnected()) {
            return;
        }
        try {
            client.connect(options, null, new IMqttActionListener() {
                @Override
                public void onSuccess(IMqttToken token) {
                    synchronized (Reconnects.this) {
                        failedAttempts = 0;
                    }
                }

                @Override
                public void onFailure(IMqttToken token, Throwable problem) {
                    retryLater("cannot connect to " + settings.uri() + ": " + MqttLink.describe(problem));
                }
            });
        } catch (MqttException e) {
            retryLater("cannot connect to " + settings.uri() + ": " + MqttLink.describe(e));
        }
    }

    /** Counts a failure ({@code problem} says what) and schedules the next attempt after the backoff delay. */
    void retryLater(String problem) {
        if (state.closed()) {
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
        } catch (RejectedExecutionException e) {
            // closed meanwhile
        }
    }

    /** Drops the connection and starts over (subscribing failed, so the link would be connected but deaf). */
    void forceReconnect() {
        scheduler.execute(() -> {
            try {
                client.disconnectForcibly(0, 1000, false);
            } catch (MqttException e) {
                // already down
            }
            state.notReady();
            retryLater("subscription failed");
        });
    }
}
