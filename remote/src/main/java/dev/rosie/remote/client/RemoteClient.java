package dev.rosie.remote.client;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.rosie.core.RosieException;
import dev.rosie.remote.Topics;
import dev.rosie.remote.link.Backoff;
import dev.rosie.remote.link.BrokerSettings;
import dev.rosie.remote.link.MqttLink;
import dev.rosie.remote.wire.MalformedPayloadException;
import dev.rosie.remote.wire.Wire;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Predicate;

/**
 * A connection to the broker on behalf of an operator (or a test), following one robot. What the
 * robot publishes on the followed topics lands in a bounded queue that the caller reads with
 * {@link #next(Duration)} or {@link #await(Predicate, Duration)}.
 */
public final class RemoteClient implements AutoCloseable {
    /** Which of the robot's topics to follow. */
    public enum Follow {
        EVENTS,
        REPLY,
        STATUS,
        TELEMETRY
    }

    /** One message the robot published; {@code json} is empty if it was not JSON. */
    public record Message(String topic, String leaf, Optional<JsonNode> json, String raw, boolean retained,
            Instant receivedAt) {
    }

    private final Topics topics;
    private final MqttLink link;
    private final BlockingQueue<Message> inbox = new ArrayBlockingQueue<>(50_000);
    private final AtomicLong overflow = new AtomicLong();

    public RemoteClient(BrokerSettings broker, Topics topics, java.util.Set<Follow> follow) {
        this.topics = Objects.requireNonNull(topics, "topics");
        byte[] id = new byte[4];
        ThreadLocalRandom.current().nextBytes(id);
        this.link = new MqttLink(broker, "rosie-cli-" + HexFormat.of().formatHex(id), true, Optional.empty(),
                new Backoff(Duration.ofMillis(100), Duration.ofSeconds(2)), 1000);
        for (Follow f : follow) {
            String topic = switch (f) {
                case EVENTS -> topics.events();
                case REPLY -> topics.reply();
                case STATUS -> topics.status();
                case TELEMETRY -> topics.telemetry();
            };
            int qos = f == Follow.TELEMETRY ? 0 : 1;
            link.subscribe(topic, qos, (t, payload, retained) -> received(t, payload, retained));
        }
    }

    /** Connects and subscribes, or explains why it could not within {@code timeout}. */
    public RemoteClient connect(Duration timeout) {
        link.start();
        try {
            if (!link.awaitReady(timeout)) {
                String problem = link.lastProblem();
                link.close();
                throw new RosieException("cannot reach the MQTT broker at " + link.settings().uri() + " within "
                        + timeout.toSeconds() + " s (" + problem + "); is 'rosie serve' or a broker running there?", true);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new RosieException("interrupted while connecting", true, e);
        }
        return this;
    }

    public Topics topics() {
        return topics;
    }

    public MqttLink link() {
        return link;
    }

    /** Publishes a JSON document to {@code topic} and waits until the broker has it. */
    public void publish(String topic, ObjectNode document, int qos, Duration timeout) {
        publishRaw(topic, Wire.bytes(document), qos, timeout);
    }

    /** Publishes raw bytes (tests send malformed payloads this way) and waits until the broker has them. */
    public void publishRaw(String topic, byte[] payload, int qos, Duration timeout) {
        if (!link.publish(topic, payload, qos, false)) {
            throw new RosieException("the client's outbox is full", true);
        }
        flush(timeout);
    }

    /** Queues raw bytes without waiting (for floods); {@link #flush} waits for all of them. */
    public boolean enqueueRaw(String topic, byte[] payload, int qos) {
        return link.publish(topic, payload, qos, false);
    }

    public void flush(Duration timeout) {
        try {
            if (!link.drain(timeout)) {
                throw new RosieException("the broker did not take the message within " + timeout.toSeconds()
                        + " s (" + link.lastProblem() + ")", true);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new RosieException("interrupted while publishing", true, e);
        }
    }

    /** The next message from the robot, or empty after {@code timeout}. */
    public Optional<Message> next(Duration timeout) {
        try {
            return Optional.ofNullable(inbox.poll(timeout.toNanos(), TimeUnit.NANOSECONDS));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.empty();
        }
    }

    /** The first message that matches, skipping others, or empty after {@code timeout}. */
    public Optional<Message> await(Predicate<Message> match, Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (true) {
            long left = deadline - System.nanoTime();
            if (left <= 0) {
                return Optional.empty();
            }
            Optional<Message> m = next(Duration.ofNanos(left));
            if (m.isPresent() && match.test(m.get())) {
                return m;
            }
        }
    }

    /** Messages dropped because nobody read them fast enough. */
    public long overflow() {
        return overflow.get();
    }

    /** A predicate: an event of this type (any ref). */
    public static Predicate<Message> event(String type) {
        return m -> m.leaf().equals("events") && m.json().map(j -> type.equals(j.path("type").asText())).orElse(false);
    }

    /** A predicate: an event about the request with this ref, of any of these types. */
    public static Predicate<Message> eventFor(String ref, String... types) {
        return m -> m.leaf().equals("events") && m.json().map(j -> ref.equals(j.path("ref").asText())
                && (types.length == 0 || java.util.Arrays.asList(types).contains(j.path("type").asText()))).orElse(false);
    }

    private void received(String topic, byte[] payload, boolean retained) {
        String raw = new String(payload, StandardCharsets.UTF_8);
        Optional<JsonNode> json;
        try {
            json = Optional.of(Wire.parse(raw));
        } catch (MalformedPayloadException e) {
            json = Optional.empty();
        }
        String leaf = topic.substring(topic.lastIndexOf('/') + 1);
        if (!inbox.offer(new Message(topic, leaf, json, raw, retained, Instant.now()))) {
            overflow.incrementAndGet();
        }
    }

    @Override
    public void close() {
        link.close();
    }
}
