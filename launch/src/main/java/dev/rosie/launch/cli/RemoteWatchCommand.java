package dev.rosie.launch.cli;

import com.fasterxml.jackson.databind.JsonNode;
import dev.rosie.remote.client.RemoteClient;
import java.io.PrintWriter;
import java.time.Duration;
import java.util.EnumSet;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code rosie remote watch}: the robot's status, telemetry, events and replies, live, one line each. */
@Command(name = "watch", description = "Shows a robot's status, telemetry, events and replies as they arrive.")
public final class RemoteWatchCommand implements Callable<Integer> {
    @Mixin
    MqttOptions mqtt;

    @Option(names = "--count", paramLabel = "N", description = "Stop after N telemetry messages")
    Long count;

    @Option(names = "--duration", paramLabel = "SECONDS", description = "Stop after this many seconds")
    Long duration;

    @Option(names = "--json", description = "Print each message as raw JSON, prefixed with its topic")
    boolean json;

    @Option(names = "--debug", hidden = true, description = "Print stack traces for errors")
    boolean debug;

    @Spec
    CommandSpec spec;

    private volatile boolean stopped;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        var topics = mqtt.topics();
        long deadline = duration == null ? Long.MAX_VALUE : System.nanoTime() + Duration.ofSeconds(duration).toNanos();
        long telemetry = 0;
        try (Signals signals = Signals.onTerminate(() -> stopped = true);
                RemoteClient client = new RemoteClient(mqtt.client(System.getenv()), topics,
                        EnumSet.allOf(RemoteClient.Follow.class)).connect(mqtt.connectTimeout())) {
            out.println("watching robot '" + topics.robot() + "' at " + client.link().settings().uri()
                    + " (Ctrl-C to stop)");
            out.flush();
            while (!stopped && System.nanoTime() < deadline && (count == null || telemetry < count)) {
                Optional<RemoteClient.Message> next = client.next(Duration.ofMillis(200));
                if (next.isEmpty()) {
                    continue;
                }
                RemoteClient.Message m = next.get();
                if (m.leaf().equals("telemetry")) {
                    telemetry++;
                }
                out.println(json || m.json().isEmpty() ? m.topic() + " " + m.raw() : line(m.leaf(), m.json().get()));
                out.flush();
            }
        }
        return ExitCodes.DONE;
    }

    private static String line(String leaf, JsonNode doc) {
        return switch (leaf) {
            case "telemetry" -> EventLines.telemetry(doc);
            case "status" -> EventLines.status(doc);
            case "reply" -> "Rosie says: \"" + doc.path("text").asText() + "\"";
            default -> EventLines.describe(doc);
        };
    }
}
