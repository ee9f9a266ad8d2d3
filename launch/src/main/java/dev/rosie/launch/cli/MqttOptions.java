package dev.rosie.launch.cli;

import dev.rosie.core.InvalidInputException;
import dev.rosie.remote.Topics;
import dev.rosie.remote.link.BrokerSettings;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import picocli.CommandLine.Option;

/** Where the broker is and which robot to talk to; shared by {@code serve} and {@code remote ...}. */
public final class MqttOptions {
    public static final String PASSWORD_ENV = "ROSIE_MQTT_PASSWORD";

    @Option(names = "--mqtt", paramLabel = "URL",
            description = "Broker URL: tcp://HOST:PORT or ssl://HOST:PORT (mqtt:// and mqtts:// too)."
                    + " Default: serve starts an embedded broker on 127.0.0.1; remote connects to 127.0.0.1")
    String url;

    @Option(names = "--mqtt-port", paramLabel = "PORT", defaultValue = "1883",
            description = "Port of the embedded broker (serve) or of 127.0.0.1 (remote) when --mqtt is not given."
                    + " Default: ${DEFAULT-VALUE}")
    int port;

    @Option(names = "--robot", paramLabel = "ID", defaultValue = Topics.DEFAULT_ROBOT,
            description = "Robot id, the {robot} in rosie/{robot}/... topics. Default: ${DEFAULT-VALUE}")
    String robot;

    @Option(names = "--mqtt-user", paramLabel = "NAME",
            description = "Broker user name; the password comes from $" + PASSWORD_ENV + " or --mqtt-password-file")
    String user;

    @Option(names = "--mqtt-password-file", paramLabel = "FILE", description = "File whose first line is the broker password")
    Path passwordFile;

    @Option(names = "--mqtt-ca", paramLabel = "FILE", description = "PEM CA certificate(s) to trust for ssl:// brokers")
    Path ca;

    @Option(names = "--connect-timeout", paramLabel = "SECONDS", defaultValue = "10",
            description = "How long a remote command keeps trying to reach the broker. Default: ${DEFAULT-VALUE}")
    long connectTimeout;

    java.time.Duration connectTimeout() {
        if (connectTimeout < 1 || connectTimeout > 600) {
            throw new InvalidInputException("--connect-timeout must be 1-600 seconds, not " + connectTimeout);
        }
        return java.time.Duration.ofSeconds(connectTimeout);
    }

    Topics topics() {
        return new Topics(robot);
    }

    /** The broker named by --mqtt, if any, with credentials and CA. */
    Optional<BrokerSettings> external(Map<String, String> env) {
        if (url == null) {
            if (ca != null || user != null) {
                throw new InvalidInputException("--mqtt-user and --mqtt-ca apply to an external broker; pass --mqtt URL too");
            }
            return Optional.empty();
        }
        return Optional.of(configure(BrokerSettings.parseUrl(url), env));
    }

    /** The broker a client connects to: --mqtt, else 127.0.0.1 on --mqtt-port. */
    BrokerSettings client(Map<String, String> env) {
        return external(env).orElseGet(() -> BrokerSettings.plain(URI.create("tcp://127.0.0.1:" + checkedPort())));
    }

    int checkedPort() {
        if (port < 1 || port > 65535) {
            throw new InvalidInputException("--mqtt-port must be 1-65535, not " + port);
        }
        return port;
    }

    private BrokerSettings configure(URI uri, Map<String, String> env) {
        BrokerSettings settings = BrokerSettings.plain(uri);
        Optional<String> password = Optional.empty();
        if (passwordFile != null) {
            try {
                password = Files.readAllLines(passwordFile).stream().findFirst();
            } catch (IOException e) {
                throw new InvalidInputException("cannot read --mqtt-password-file " + passwordFile + ": " + e.getMessage());
            }
        } else if (env.get(PASSWORD_ENV) != null) {
            password = Optional.of(env.get(PASSWORD_ENV));
        }
        if (password.isPresent() && user == null) {
            throw new InvalidInputException("a broker password was given but no --mqtt-user");
        }
        if (ca != null && !Files.isReadable(ca)) {
            throw new InvalidInputException("--mqtt-ca " + ca + " is not a readable file");
        }
        if (ca != null && !settings.tls()) {
            throw new InvalidInputException("--mqtt-ca needs a TLS broker URL (ssl:// or mqtts://), not " + uri);
        }
        return settings.withCredentials(Optional.ofNullable(user), password).withCaFile(Optional.ofNullable(ca));
    }
}
