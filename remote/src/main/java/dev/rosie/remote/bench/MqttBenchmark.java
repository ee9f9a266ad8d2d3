package dev.rosie.remote.bench;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.rosie.core.RosieException;
import dev.rosie.core.bench.Stats;
import dev.rosie.core.command.Trust;
import dev.rosie.core.command.UntrustedText;
import dev.rosie.core.world.Pose;
import dev.rosie.remote.DurableFiles;
import dev.rosie.remote.Topics;
import dev.rosie.remote.auth.Authenticator;
import dev.rosie.remote.auth.KeyRing;
import dev.rosie.remote.auth.RemoteKey;
import dev.rosie.remote.auth.ReplayGuard;
import dev.rosie.remote.auth.RequestSigner;
import dev.rosie.remote.client.RemoteClient;
import dev.rosie.remote.link.Backoff;
import dev.rosie.remote.link.BrokerSettings;
import dev.rosie.remote.link.MqttLink;
import dev.rosie.remote.robot.EstopRequest;
import dev.rosie.remote.robot.EstopResult;
import dev.rosie.remote.robot.Inbox;
import dev.rosie.remote.robot.RemoteCommand;
import dev.rosie.remote.robot.RemoteEndpoint;
import dev.rosie.remote.robot.RobotPort;
import dev.rosie.remote.robot.RobotPublisher;
import dev.rosie.remote.robot.TelemetrySample;
import dev.rosie.remote.wire.Wire;
import java.net.URI;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Measures the MQTT path on a given broker, end to end through the real endpoint: a signed command
 * is published, authenticated, persisted in the inbox (forced to disk) and acknowledged; the time
 * from publishing to receiving the ack is one round-trip sample. Telemetry throughput is what a
 * subscriber receives per second while the robot publishes as fast as its outbox lets it.
 */
public final class MqttBenchmark {
    private MqttBenchmark() {
    }

    /** Command-to-acknowledgement round trip on {@code broker}, milliseconds. */
    public record RoundTrip(String broker, int samples, double p50, double p99, double mean, double max) {
    }

    /** Telemetry messages received per second by one subscriber. */
    public record Throughput(String broker, long received, double seconds, double perSecond) {
    }

    public static RoundTrip roundTrip(String label, URI broker, Path dataDir, int warmup, int samples) {
        double[] ms = roundTripMillis(broker, dataDir, warmup, samples);
        Arrays.sort(ms);
        return new RoundTrip(label, samples, percentile(ms, 0.50), percentile(ms, 0.99),
                Arrays.stream(ms).average().orElse(0), ms[ms.length - 1]);
    }

    /**
     * Every measured command-to-acknowledgement round trip on {@code broker}, milliseconds, in the
     * order measured, after {@code warmup} unmeasured ones.
     */
    public static double[] roundTripMillis(URI broker, Path dataDir, int warmup, int samples) {
        if (warmup < 0 || samples < 1) {
            throw new IllegalArgumentException("a round-trip benchmark needs samples >= 1 and warm-up >= 0, not "
                    + samples + " and " + warmup);
        }
        Topics topics = new Topics("bench" + ProcessHandle.current().pid() + "x" + System.nanoTime() % 100_000);
        RemoteKey key = KeyRing.generate(dataDir, "bench", Trust.OPERATOR, new SecureRandom(), Instant.now()).key();
        Inbox inbox = Inbox.open(dataDir, 1000);
        try (ReplayGuard replays = new ReplayGuard(Clock.systemUTC(), Duration.ofSeconds(60), 100_000, Optional.empty())) {
            RemoteEndpoint endpoint = new RemoteEndpoint(BrokerSettings.plain(broker), topics,
                    new Authenticator(topics.robot(), KeyRing.open(dataDir), replays), inbox, Clock.systemUTC(),
                    Backoff.DEFAULT);
            endpoint.start(new RobotPort() {
                @Override
                public EstopResult estop(EstopRequest request) {
                    return new EstopResult.Refused("bench", "the benchmark robot has no e-stop");
                }

                @Override
                public void untrusted(UntrustedText text, String reason) {
                }
            });
            try (RemoteClient client = new RemoteClient(BrokerSettings.plain(broker), topics,
                    EnumSet.of(RemoteClient.Follow.EVENTS))) {
                await(endpoint, client);
                RequestSigner signer = new RequestSigner(key, topics.robot(), Clock.systemUTC(), new SecureRandom());
                double[] ms = new double[samples];
                for (int i = -warmup; i < samples; i++) {
                    ObjectNode cmd = signer.command("clean the kitchen");
                    String ref = cmd.get("nonce").asText();
                    long start = System.nanoTime();
                    client.enqueueRaw(topics.cmd(), Wire.bytes(cmd), 1);
                    client.await(RemoteClient.eventFor(ref, "ack"), Duration.ofSeconds(10))
                            .orElseThrow(() -> new RosieException("no ack within 10 s on " + broker, true));
                    long end = System.nanoTime();
                    if (i >= 0) {
                        ms[i] = (end - start) / 1e6;
                    }
                    RemoteCommand done = inbox.take().orElseThrow();
                    inbox.complete(done);
                }
                return ms;
            } finally {
                endpoint.close();
            }
        }
    }

    public static Throughput telemetry(String label, URI broker, Duration duration) {
        Topics topics = new Topics("benchtel" + ProcessHandle.current().pid() + "x" + System.nanoTime() % 100_000);
        MqttLink link = new MqttLink(BrokerSettings.plain(broker), "rosie-" + topics.robot() + "-robot", true,
                Optional.empty(), Backoff.DEFAULT, 1000);
        try (RemoteClient client = new RemoteClient(BrokerSettings.plain(broker), topics,
                EnumSet.of(RemoteClient.Follow.TELEMETRY)).connect(Duration.ofSeconds(10))) {
            link.start();
            if (!link.awaitReady(Duration.ofSeconds(10))) {
                throw new RosieException("cannot connect to " + broker + ": " + link.lastProblem(), true);
            }
            RobotPublisher publisher = new RobotPublisher(link, topics, Clock.systemUTC());
            TelemetrySample sample = new TelemetrySample(Instant.now(), new Pose(1.5, 2.5, 0.3), 0.25, 0.1, 0.93, false,
                    "running", Optional.of("clean_area:kitchen"), Optional.of("c-1-1"));
            publisher.telemetry(sample);
            client.await(m -> true, Duration.ofSeconds(10))
                    .orElseThrow(() -> new RosieException("no telemetry arrived from " + broker, true));
            long received = 0;
            long start = System.nanoTime();
            long end = start + duration.toNanos();
            while (System.nanoTime() < end) {
                publisher.telemetry(sample);
                while (client.next(Duration.ZERO).isPresent()) {
                    received++;
                }
            }
            double seconds = (System.nanoTime() - start) / 1e9;
            return new Throughput(label, received, seconds, received / seconds);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new RosieException("interrupted", true, e);
        } finally {
            link.close();
        }
    }

    /** Writes the figures as JSON ({@code {"benchmark":"mqtt", "round_trip_ms":[...], "telemetry":[...]}}). */
    public static void write(Path file, List<RoundTrip> trips, List<Throughput> telemetry) {
        ObjectNode root = Wire.object();
        root.put("benchmark", "mqtt");
        root.put("at", Instant.now().toString());
        root.put("cores", Runtime.getRuntime().availableProcessors());
        root.put("note", "loopback; a round trip includes authentication and forcing the inbox entry to disk");
        ArrayNode t = root.putArray("round_trip_ms");
        for (RoundTrip r : trips) {
            ObjectNode n = t.addObject();
            n.put("broker", r.broker());
            n.put("samples", r.samples());
            n.put("p50", round(r.p50()));
            n.put("p99", round(r.p99()));
            n.put("mean", round(r.mean()));
            n.put("max", round(r.max()));
        }
        ArrayNode m = root.putArray("telemetry");
        for (Throughput x : telemetry) {
            ObjectNode n = m.addObject();
            n.put("broker", x.broker());
            n.put("received", x.received());
            n.put("seconds", round(x.seconds()));
            n.put("messages_per_second", Math.round(x.perSecond()));
        }
        DurableFiles.writeAtomically(file, root.toPrettyString() + "\n");
    }

    private static void await(RemoteEndpoint endpoint, RemoteClient client) {
        try {
            client.connect(Duration.ofSeconds(10));
            if (!endpoint.awaitReady(Duration.ofSeconds(10))) {
                throw new RosieException("the endpoint did not connect: " + endpoint.controlLink().lastProblem(), true);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new RosieException("interrupted", true, e);
        }
    }

    private static double percentile(double[] sorted, double p) {
        return Stats.nearestRank(sorted, p);
    }

    private static double round(double v) {
        return Double.parseDouble(String.format(Locale.ROOT, "%.3f", v));
    }
}
