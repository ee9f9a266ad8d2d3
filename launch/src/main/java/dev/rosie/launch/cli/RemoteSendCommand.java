package dev.rosie.launch.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.rosie.remote.auth.KeyFile;
import dev.rosie.remote.auth.RemoteKey;
import dev.rosie.remote.auth.ReplySeal;
import dev.rosie.remote.auth.RequestSigner;
import dev.rosie.remote.client.RemoteClient;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.EnumSet;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code rosie remote send "TEXT" --key FILE}: signs a command, publishes it (QoS 1), waits for the
 * robot's acknowledgement, then follows the command's events until its outcome. Exit codes: 0
 * succeeded, 1 failed, stopped or no answer in time, 2 rejected (untrusted, malformed or not a
 * command) or a clarification, 3 refused.
 */
@Command(name = "send", description = "Sends a signed command to a robot and waits for its acknowledgement and outcome.")
public final class RemoteSendCommand implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "TEXT", description = "What to ask, e.g. \"clean the kitchen\"")
    String text;

    @Option(names = "--key", paramLabel = "FILE", required = true, description = "Key file from 'rosie remote keygen'")
    Path key;

    @Mixin
    MqttOptions mqtt;

    @Option(names = "--ack-timeout", paramLabel = "SECONDS", defaultValue = "10",
            description = "How long to wait for the acknowledgement. Default: ${DEFAULT-VALUE}")
    long ackTimeout;

    @Option(names = "--timeout", paramLabel = "SECONDS", defaultValue = "900",
            description = "How long to wait for the outcome after the acknowledgement. Default: ${DEFAULT-VALUE}")
    long timeout;

    @Option(names = "--no-wait", description = "Return once the command is acknowledged")
    boolean noWait;

    @Option(names = "--debug", hidden = true)
    boolean debug;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        RemoteKey signingKey = KeyFile.read(key);
        var topics = mqtt.topics();
        try (RemoteClient client = new RemoteClient(mqtt.client(System.getenv()), topics,
                EnumSet.of(RemoteClient.Follow.EVENTS, RemoteClient.Follow.REPLY)).connect(mqtt.connectTimeout())) {
            ObjectNode command = new RequestSigner(signingKey, topics.robot(), Clock.systemUTC(), new SecureRandom())
                    .command(text);
            String ref = command.get("nonce").asText();
            client.publish(topics.cmd(), command, 1, Duration.ofSeconds(10));
            out.println("sent \"" + text + "\" to robot '" + topics.robot() + "' as " + signingKey.principal() + " ("
                    + signingKey.trust().wireName() + ", key " + signingKey.id() + "), ref " + ref);
            Optional<JsonNode> first = client.await(RemoteClient.eventFor(ref, "ack", "rejected", "error"),
                    Duration.ofSeconds(ackTimeout)).flatMap(RemoteClient.Message::json);
            if (first.isEmpty()) {
                err.println("rosie: no acknowledgement from robot '" + topics.robot() + "' within " + ackTimeout
                        + " s; is 'rosie serve' running with --robot " + topics.robot() + " on this broker?");
                return ExitCodes.FAILED;
            }
            JsonNode ack = first.get();
            out.println(EventLines.describe(ack));
            if (!ack.path("type").asText().equals("ack")) {
                return ExitCodes.USAGE;
            }
            if (noWait) {
                return ExitCodes.DONE;
            }
            return follow(client, ref, signingKey, out, err);
        }
    }

    private int follow(RemoteClient client, String ref, RemoteKey signingKey, PrintWriter out, PrintWriter err) {
        long deadline = System.nanoTime() + Duration.ofSeconds(timeout).toNanos();
        while (System.nanoTime() < deadline) {
            Optional<RemoteClient.Message> m = client.next(Duration.ofNanos(Math.max(1, deadline - System.nanoTime())));
            if (m.isEmpty() || m.get().json().isEmpty()) {
                continue;
            }
            JsonNode doc = m.get().json().get();
            if (!ref.equals(doc.path("ref").asText())) {
                continue;
            }
            out.println(m.get().leaf().equals("reply") ? "  Rosie says: \"" + said(doc, client.topics().robot(), ref, signingKey) + "\""
                    : EventLines.describe(doc));
            if (doc.path("type").asText().equals("outcome")) {
                return switch (doc.path("result").asText()) {
                    case "succeeded" -> ExitCodes.DONE;
                    case "refused" -> ExitCodes.REFUSED;
                    case "clarification", "rejected" -> ExitCodes.USAGE;
                    default -> ExitCodes.FAILED;
                };
            }
        }
        err.println("rosie: the command was acknowledged but no outcome arrived within " + timeout
                + " s; it is still queued or running on the robot (rosie remote watch follows it)");
        return ExitCodes.FAILED;
    }

    /**
     * What the robot said: everyone on the broker reads the public text; a refusal's full reason
     * comes sealed for the key that signed the command, and only that key opens it.
     */
    static String said(JsonNode reply, String robot, String ref, RemoteKey key) {
        if (reply.has("sealed")) {
            try {
                Optional<String> full = ReplySeal.open(key, robot, ref, ReplySeal.Sealed.read(reply.get("sealed")));
                if (full.isPresent()) {
                    return full.get();
                }
            } catch (dev.rosie.core.InvalidInputException e) {
                // A sealed part we cannot read: the public text is still what the robot said.
            }
        }
        return reply.path("text").asText();
    }
}
