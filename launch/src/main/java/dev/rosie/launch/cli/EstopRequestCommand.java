package dev.rosie.launch.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.rosie.core.InvalidInputException;
import dev.rosie.core.command.Trust;
import dev.rosie.launch.wiring.Settings;
import dev.rosie.remote.auth.KeyFile;
import dev.rosie.remote.auth.KeyRing;
import dev.rosie.remote.auth.RemoteKey;
import dev.rosie.remote.auth.RequestSigner;
import dev.rosie.remote.client.RemoteClient;
import dev.rosie.remote.wire.EstopAction;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * What {@code remote estop} and {@code remote release} share: sign, publish (QoS 1), wait for the
 * robot's answer. Without {@code --key}, the newest suitable key file in the data directory's
 * {@code remote/keys/} is used (an owner's for a release; an owner's or operator's to engage).
 */
abstract class EstopRequestCommand implements Callable<Integer> {
    @Option(names = "--key", paramLabel = "FILE",
            description = "Key file; default: the newest suitable key in DATA/remote/keys/")
    Path key;

    @Option(names = "--data", paramLabel = "DIR", description = "Where to look for a key when --key is not given."
            + " Default: $ROSIE_DATA, else ~/.rosie")
    Path data;

    @Mixin
    MqttOptions mqtt;

    @Option(names = "--timeout", paramLabel = "SECONDS", defaultValue = "10",
            description = "How long to wait for the robot's answer. Default: ${DEFAULT-VALUE}")
    long timeout;

    @Option(names = "--debug", hidden = true, description = "Print stack traces for errors")
    boolean debug;

    @Spec
    CommandSpec spec;

    abstract EstopAction action();

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        RemoteKey signingKey = key != null ? KeyFile.read(key) : defaultKey();
        var topics = mqtt.topics();
        try (RemoteClient client = new RemoteClient(mqtt.client(System.getenv()), topics,
                EnumSet.of(RemoteClient.Follow.EVENTS)).connect(mqtt.connectTimeout())) {
            ObjectNode request = new RequestSigner(signingKey, topics.robot(), Clock.systemUTC(), new SecureRandom())
                    .estop(action());
            String ref = request.get("nonce").asText();
            client.publish(topics.estop(), request, 1, Duration.ofSeconds(10));
            out.println(action().wireName() + " sent to robot '" + topics.robot() + "' as " + signingKey.principal() + " ("
                    + signingKey.trust().wireName() + ", key " + signingKey.id() + ")");
            Optional<JsonNode> answer = client.await(RemoteClient.eventFor(ref), Duration.ofSeconds(timeout))
                    .flatMap(RemoteClient.Message::json);
            if (answer.isEmpty()) {
                err.println("rosie: no answer from robot '" + topics.robot() + "' within " + timeout
                        + " s; is 'rosie serve' running on this broker?");
                return ExitCodes.FAILED;
            }
            out.println(EventLines.describe(answer.get()));
            return answer.get().path("type").asText().equals("estop") ? ExitCodes.DONE : ExitCodes.USAGE;
        }
    }

    private RemoteKey defaultKey() {
        Path dir = KeyRing.keyDirectory(Settings.resolveDataDir(data, System.getenv(), System.getProperty("user.home")));
        List<RemoteKey> keys;
        try (Stream<Path> files = Files.exists(dir) ? Files.list(dir) : Stream.empty()) {
            keys = files.filter(p -> p.getFileName().toString().endsWith(".key")).map(p -> {
                try {
                    return Optional.of(KeyFile.read(p));
                } catch (InvalidInputException e) {
                    return Optional.<RemoteKey>empty();
                }
            }).flatMap(Optional::stream).toList();
        } catch (IOException e) {
            throw new InvalidInputException("cannot list keys in " + dir + ": " + e.getMessage());
        }
        return keys.stream()
                .filter(k -> action() == EstopAction.ENGAGE ? k.trust().atLeast(Trust.OPERATOR) : k.trust() == Trust.OWNER)
                .max(Comparator.comparing(RemoteKey::created))
                .orElseThrow(() -> new InvalidInputException("no " + (action() == EstopAction.ENGAGE ? "owner or operator"
                        : "owner") + " key in " + dir + "; pass --key FILE, or create one with 'rosie remote keygen"
                        + " --principal NAME --trust owner'"));
    }
}
