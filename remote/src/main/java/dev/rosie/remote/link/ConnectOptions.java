package dev.rosie.remote.link;

import java.util.Optional;
import org.eclipse.paho.client.mqttv3.MqttConnectOptions;

/**
 * How a link connects: MQTT 3.1.1, Paho's own reconnecting off (the link's {@link Reconnects} owns
 * that, with backoff and re-subscription), timeouts, credentials and TLS from the broker settings,
 * and the last will.
 */
final class ConnectOptions {
    private ConnectOptions() {
    }

    static MqttConnectOptions of(BrokerSettings settings, boolean cleanSession, Optional<MqttLink.Will> will) {
        MqttConnectOptions options = new MqttConnectOptions();
        options.setMqttVersion(MqttConnectOptions.MQTT_VERSION_3_1_1);
        options.setCleanSession(cleanSession);
        options.setAutomaticReconnect(false);
        options.setConnectionTimeout((int) Math.max(1, settings.connectTimeout().toSeconds()));
        options.setKeepAliveInterval((int) Math.max(1, settings.keepAlive().toSeconds()));
        // Paho's own window, well above the link's: the link's semaphore is what limits publishes.
        options.setMaxInflight(10 * MqttLink.MAX_IN_FLIGHT);
        settings.username().ifPresent(options::setUserName);
        settings.password().ifPresent(p -> options.setPassword(p.toCharArray()));
        if (settings.tls()) {
            settings.caFile().ifPresent(ca -> options.setSocketFactory(Tls.trusting(ca)));
        } else {
            options.setSocketFactory(new NoDelaySocketFactory());
        }
        will.ifPresent(w -> options.setWill(w.topic(), w.payload(), w.qos(), w.retained()));
        return options;
    }
}
