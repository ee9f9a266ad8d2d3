package dev.rosie.remote.link;

import dev.rosie.core.InvalidInputException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * How to reach a broker.
 *
 * @param uri {@code tcp://host:port} or {@code ssl://host:port} (Paho's schemes)
 * @param caFile PEM certificate(s) to trust for {@code ssl://}, beyond the JVM's own trust store
 */
public record BrokerSettings(URI uri, Optional<String> username, Optional<String> password, Optional<Path> caFile,
        Duration connectTimeout, Duration keepAlive) {
    public static final int DEFAULT_PORT = 1883;
    public static final int DEFAULT_TLS_PORT = 8883;

    public BrokerSettings {
        Objects.requireNonNull(uri, "uri");
        Objects.requireNonNull(username, "username");
        Objects.requireNonNull(password, "password");
        Objects.requireNonNull(caFile, "caFile");
        if (password.isPresent() && username.isEmpty()) {
            throw new InvalidInputException("a broker password needs a user name (--mqtt-user)");
        }
    }

    public static BrokerSettings plain(URI uri) {
        return new BrokerSettings(uri, Optional.empty(), Optional.empty(), Optional.empty(), Duration.ofSeconds(5),
                Duration.ofSeconds(10));
    }

    public BrokerSettings withCredentials(Optional<String> user, Optional<String> pass) {
        return new BrokerSettings(uri, user, pass, caFile, connectTimeout, keepAlive);
    }

    public BrokerSettings withCaFile(Optional<Path> ca) {
        return new BrokerSettings(uri, username, password, ca, connectTimeout, keepAlive);
    }

    public BrokerSettings withKeepAlive(Duration k) {
        return new BrokerSettings(uri, username, password, caFile, connectTimeout, k);
    }

    public boolean tls() {
        return uri.getScheme().equals("ssl");
    }

    /**
     * Parses a broker URL: {@code tcp://}, {@code mqtt://} (plain), {@code ssl://}, {@code mqtts://}
     * (TLS); the port defaults to 1883 or 8883. Credentials do not belong in the URL (it shows in
     * process lists); pass them separately.
     */
    public static URI parseUrl(String text) {
        URI uri;
        try {
            uri = new URI(text == null ? "" : text.trim());
        } catch (URISyntaxException e) {
            throw new InvalidInputException("broker URL '" + text + "' is not a URL: " + e.getReason()
                    + "; expected e.g. tcp://127.0.0.1:1883 or ssl://broker.example:8883");
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        String paho = switch (scheme) {
            case "tcp", "mqtt" -> "tcp";
            case "ssl", "mqtts" -> "ssl";
            default -> throw new InvalidInputException("broker URL '" + text + "' has scheme '" + scheme
                    + "'; accepted: tcp://, mqtt://, ssl://, mqtts://");
        };
        if (uri.getHost() == null || uri.getHost().isBlank()) {
            throw new InvalidInputException("broker URL '" + text + "' has no host; expected e.g. tcp://127.0.0.1:1883");
        }
        if (uri.getUserInfo() != null) {
            throw new InvalidInputException("broker URL '" + text.replace(uri.getUserInfo() + "@", "***@")
                    + "' carries credentials; pass --mqtt-user and the password through $ROSIE_MQTT_PASSWORD instead");
        }
        if (uri.getPath() != null && !uri.getPath().isEmpty() && !uri.getPath().equals("/")) {
            throw new InvalidInputException("broker URL '" + text + "' has a path; MQTT over TCP takes only host and port");
        }
        int port = uri.getPort() > 0 ? uri.getPort() : paho.equals("ssl") ? DEFAULT_TLS_PORT : DEFAULT_PORT;
        return URI.create(paho + "://" + (uri.getHost().contains(":") ? "[" + uri.getHost() + "]" : uri.getHost())
                + ":" + port);
    }

    @Override
    public String toString() {
        return uri + username.map(u -> " as " + u).orElse("");
    }
}
