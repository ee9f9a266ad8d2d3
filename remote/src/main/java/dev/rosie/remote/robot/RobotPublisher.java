package dev.rosie.remote.robot;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.rosie.core.action.Audience;
import dev.rosie.core.action.Refusal;
import dev.rosie.remote.Topics;
import dev.rosie.remote.auth.RemoteKey;
import dev.rosie.remote.auth.ReplySeal;
import dev.rosie.remote.link.MqttLink;
import dev.rosie.remote.wire.Wire;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Publishes what the robot has to say: retained status (QoS 1, only the newest is kept waiting),
 * telemetry (QoS 0, only the newest is kept waiting: a stale pose is worth nothing), events and
 * replies (QoS 1, queued in order). Never blocks; safe from any thread.
 */
public final class RobotPublisher {
    private final MqttLink link;
    private final Topics topics;
    private final Clock wall;
    private final AtomicLong telemetrySeq = new AtomicLong();
    private final AtomicLong eventSeq = new AtomicLong();
    private final AtomicReference<RobotStatus> lastStatus = new AtomicReference<>(RobotStatus.idle());
    private final SecureRandom random = new SecureRandom();

    public RobotPublisher(MqttLink link, Topics topics, Clock wall) {
        this.link = Objects.requireNonNull(link, "link");
        this.topics = Objects.requireNonNull(topics, "topics");
        this.wall = Objects.requireNonNull(wall, "wall");
    }

    public Topics topics() {
        return topics;
    }

    public void status(RobotStatus status) {
        lastStatus.set(status);
        link.publishLatest(topics.status(), Wire.bytes(status.toJson(topics.robot(), wall.millis())), 1, true);
    }

    /** Publishes the last status again (after a reconnect the broker may have lost it). */
    public void republishStatus() {
        status(lastStatus.get());
    }

    public RobotStatus lastStatus() {
        return lastStatus.get();
    }

    public void telemetry(TelemetrySample sample) {
        link.publishLatest(topics.telemetry(), Wire.bytes(sample.toJson(topics.robot(), telemetrySeq.incrementAndGet(),
                wall.millis())), 0, false);
    }

    /** A new event document of {@code type}; fill it and hand it to {@link #event(ObjectNode)}. */
    public ObjectNode newEvent(String type) {
        ObjectNode node = Wire.document();
        node.put("robot", topics.robot());
        node.put("type", type);
        node.put("seq", eventSeq.incrementAndGet());
        node.put("ts", wall.millis());
        return node;
    }

    /** Queues an event; false if the outbox was full and it was dropped (counted by the link). */
    public boolean event(ObjectNode event) {
        return link.publish(topics.events(), Wire.bytes(event), 1, false);
    }

    /**
     * Writes a refusal into an event: its rule, and its public reason under {@code textField}. Never
     * the full reason: everyone who may subscribe to the broker reads these topics, so what is said
     * there is said to outsiders, whoever asked (the full reason stays in the robot's audit log).
     */
    public static ObjectNode putRefusal(ObjectNode event, String textField, Refusal refusal) {
        event.put("rule", refusal.rule());
        event.put(textField, refusal.toldTo(Audience.OUTSIDER));
        return event;
    }

    /**
     * What the robot says when it refuses a remote request. {@code text} is the public reason,
     * because the reply topic is as readable by every subscriber as the events are, even when the
     * owner asked. When the one who asked may hear the full reason and it says more, it goes along
     * sealed for {@code askedWith}, the key that signed the request ({@link ReplySeal}): only its
     * holder can read it.
     */
    public void reply(String ref, String commandId, Refusal refusal, Optional<RemoteKey> askedWith) {
        ObjectNode node = replyDocument(ref, commandId, refusal.toldTo(Audience.OUTSIDER));
        if (ref != null && askedWith.isPresent() && refusal.requester() == Audience.HOUSEHOLD && refusal.hasPrivateDetail()) {
            ReplySeal.seal(askedWith.get(), topics.robot(), ref, refusal.reason(), random).writeTo(node.putObject("sealed"));
        }
        link.publish(topics.reply(), Wire.bytes(node), 1, false);
    }

    /** What the robot says, for operators to show or speak. */
    public void reply(String ref, String commandId, String text) {
        link.publish(topics.reply(), Wire.bytes(replyDocument(ref, commandId, text)), 1, false);
    }

    private ObjectNode replyDocument(String ref, String commandId, String text) {
        ObjectNode node = Wire.document();
        node.put("robot", topics.robot());
        if (ref == null) {
            node.putNull("ref");
        } else {
            node.put("ref", ref);
        }
        if (commandId == null) {
            node.putNull("command_id");
        } else {
            node.put("command_id", commandId);
        }
        node.put("text", text);
        node.put("ts", wall.millis());
        return node;
    }

    public long dropped() {
        return link.dropped();
    }
}
