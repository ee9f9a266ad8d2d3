package dev.rosie.remote.link;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.paho.client.mqttv3.IMqttActionListener;
import org.eclipse.paho.client.mqttv3.IMqttToken;
import org.eclipse.paho.client.mqttv3.MqttAsyncClient;
import org.eclipse.paho.client.mqttv3.MqttException;
import org.eclipse.paho.client.mqttv3.MqttMessage;
import org.eclipse.paho.client.mqttv3.MqttTopic;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A link's topic filters and their handlers: subscribed all at once on every connect, and the
 * inbound side, handing each arriving message to the handler whose filter matches. Filters are only
 * added before the link starts, so dispatching on Paho's callback thread reads a map that no longer
 * changes.
 */
final class Subscriptions {
    // Logged under the link's name, as before the link was split up, so log settings keep applying.
    private static final Logger LOG = LoggerFactory.getLogger(MqttLink.class);

    private record Subscription(int qos, MqttLink.Handler handler) {
    }

    private final Map<String, Subscription> byFilter = new LinkedHashMap<>();

    synchronized void add(String filter, int qos, MqttLink.Handler handler) {
        MqttTopic.validate(filter, true);
        byFilter.put(filter, new Subscription(qos, handler));
    }

    /**
     * Subscribes to every filter in one request; {@code subscribed} runs when the broker granted them
     * (at once when there are none), {@code failed} when it did not.
     */
    void subscribeAll(MqttAsyncClient client, Runnable subscribed, Runnable failed) {
        List<String> filters;
        List<Integer> qos = new ArrayList<>();
        synchronized (this) {
            filters = List.copyOf(byFilter.keySet());
            byFilter.values().forEach(s -> qos.add(s.qos()));
        }
        if (filters.isEmpty()) {
            subscribed.run();
            return;
        }
        try {
            client.subscribe(filters.toArray(String[]::new), qos.stream().mapToInt(Integer::intValue).toArray(), null,
                    new IMqttActionListener() {
                        @Override
                        public void onSuccess(IMqttToken token) {
                            subscribed.run();
                        }

                        @Override
                        public void onFailure(IMqttToken token, Throwable problem) {
                            LOG.error("subscribing to {} failed: {}; reconnecting", filters, MqttLink.describe(problem));
                            failed.run();
                        }
                    });
        } catch (MqttException e) {
            LOG.error("subscribing to {} failed: {}; reconnecting", filters, MqttLink.describe(e));
            failed.run();
        }
    }

    /** Hands a message to the handler of the first filter that matches its topic; a failing handler is logged. */
    void dispatch(String topic, MqttMessage message) {
        Subscription target = byFilter.get(topic);
        if (target == null) {
            for (Map.Entry<String, Subscription> e : byFilter.entrySet()) {
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
}
