package dev.rosie.remote.robot;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.rosie.core.RosieException;
import dev.rosie.core.command.Channel;
import dev.rosie.core.command.Source;
import dev.rosie.core.command.Trust;
import dev.rosie.core.command.UntrustedText;
import dev.rosie.remote.Topics;
import dev.rosie.remote.auth.AuthResult;
import dev.rosie.remote.auth.Authenticator;
import dev.rosie.remote.link.Backoff;
import dev.rosie.remote.link.BrokerSettings;
import dev.rosie.remote.link.MqttLink;
import dev.rosie.remote.wire.EstopAction;
import dev.rosie.remote.wire.Inbound;
import dev.rosie.remote.wire.Kind;
import dev.rosie.remote.wire.MalformedPayloadException;
import dev.rosie.remote.wire.PayloadReader;
import dev.rosie.remote.wire.Wire;
import java.time.Clock;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The robot's MQTT endpoint. Every payload on {@code cmd} or {@code estop} ends in exactly one
 * event: {@code error} (malformed), {@code rejected} (not believed, or not allowed), {@code ack}
 * (a command persisted in the inbox) or {@code estop} (the latch changed). Nothing that fails a check
 * reaches the robot as anything but {@link UntrustedText}.
 *
 * <p>Two connections: commands, status, telemetry and events share one, which carries the last
 * will (retained "offline" status); e-stops have their own, so a flood on {@code cmd} never delays
 * one. Both use persistent sessions, so QoS 1 requests sent while the robot is briefly away are
 * delivered when it reconnects.
 */
public final class RemoteEndpoint implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(RemoteEndpoint.class);
    public static final int OUTBOX_CAPACITY = 10_000;

    private final Topics topics;
    private final Authenticator auth;
    private final Inbox inbox;
    private volatile RobotPort robot;
    private final Clock wall;
    private final MqttLink control;
    private final MqttLink estops;
    private final RobotPublisher publisher;
    private final PayloadReader reader = new PayloadReader();
    private final RateLimitedLog rejections;
    private final Stats stats = new Stats();

    /** Counters, for tests and for the robot's own reports. */
    public static final class Stats {
        public final AtomicLong received = new AtomicLong();
        public final AtomicLong errors = new AtomicLong();
        public final AtomicLong rejected = new AtomicLong();
        public final AtomicLong acknowledged = new AtomicLong();
        public final AtomicLong estops = new AtomicLong();
    }

    public RemoteEndpoint(BrokerSettings broker, Topics topics, Authenticator auth, Inbox inbox, Clock wall,
            Backoff backoff) {
        this.topics = Objects.requireNonNull(topics, "topics");
        this.auth = Objects.requireNonNull(auth, "auth");
        this.inbox = Objects.requireNonNull(inbox, "inbox");
        this.wall = Objects.requireNonNull(wall, "wall");
        this.rejections = new RateLimitedLog(LOG, wall, 20, 10_000);
        MqttLink.Will will = new MqttLink.Will(topics.status(),
                Wire.bytes(RobotStatus.lost().toJson(topics.robot(), 0)), 1, true);
        this.control = new MqttLink(broker, "rosie-" + topics.robot() + "-robot", false, Optional.of(will), backoff,
                OUTBOX_CAPACITY);
        this.estops = new MqttLink(broker, "rosie-" + topics.robot() + "-estop", false, Optional.empty(), backoff, 16);
        this.publisher = new RobotPublisher(control, topics, wall);
        control.subscribe(topics.cmd(), 1, (topic, payload, retained) -> onCommand(payload));
        control.onReady(publisher::republishStatus);
        estops.subscribe(topics.estop(), 1, (topic, payload, retained) -> onEstop(payload));
    }

    public RobotPublisher publisher() {
        return publisher;
    }

    public Stats stats() {
        return stats;
    }

    public MqttLink controlLink() {
        return control;
    }

    /** Connects (in the background) and starts handing requests to {@code robot}. */
    public void start(RobotPort robotPort) {
        this.robot = Objects.requireNonNull(robotPort, "robot");
        control.start();
        estops.start();
    }

    /** Waits until both connections are up and subscribed. */
    public boolean awaitReady(Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        return control.awaitReady(timeout) && estops.awaitReady(Duration.ofNanos(Math.max(0, deadline - System.nanoTime())));
    }

    void onCommand(byte[] payload) {
        stats.received.incrementAndGet();
        Optional<Inbound> parsed = parse(Kind.CMD, payload);
        if (parsed.isEmpty()) {
            return;
        }
        Inbound request = parsed.get();
        switch (auth.check(request)) {
            case AuthResult.Rejected r -> untrusted(request, r);
            case AuthResult.Authenticated a -> accept((Inbound.Signed) request, a);
        }
    }

    void onEstop(byte[] payload) {
        stats.received.incrementAndGet();
        Optional<Inbound> parsed = parse(Kind.ESTOP, payload);
        if (parsed.isEmpty()) {
            return;
        }
        Inbound request = parsed.get();
        switch (auth.check(request)) {
            case AuthResult.Rejected r -> untrusted(request, r);
            case AuthResult.Authenticated a -> estop((Inbound.Signed) request, a);
        }
    }

    private Optional<Inbound> parse(Kind kind, byte[] payload) {
        try {
            return Optional.of(reader.read(kind, payload));
        } catch (MalformedPayloadException e) {
            stats.errors.incrementAndGet();
            rejections.warn("malformed " + kind.wireName() + " payload (" + payload.length + " bytes): " + e.getMessage());
            ObjectNode event = publisher.newEvent("error");
            event.put("topic", kind.wireName());
            event.put("code", e.code());
            event.put("reason", e.getMessage());
            event.put("bytes", payload.length);
            publisher.event(event);
            return Optional.empty();
        }
    }

    private void untrusted(Inbound request, AuthResult.Rejected r) {
        stats.rejected.incrementAndGet();
        rejections.warn("rejected as untrusted on " + request.kind().wireName() + " (\"" + clip(request.body()) + "\"): "
                + r.reason());
        ObjectNode event = publisher.newEvent("rejected");
        event.put("topic", request.kind().wireName());
        event.put("code", r.code());
        event.put("untrusted", true);
        event.put("reason", "rejected as untrusted: " + r.reason() + "; kept as data, never executed");
        if (request instanceof Inbound.Signed s) {
            event.put("ref", s.nonce());
        } else {
            event.putNull("ref");
        }
        publisher.event(event);
        robot.untrusted(new UntrustedText(request.body(), new Source(Channel.MQTT, "unknown", Trust.UNTRUSTED),
                topics.robot() + "/" + request.kind().wireName(), wall.instant()), r.reason());
    }

    private void accept(Inbound.Signed request, AuthResult.Authenticated a) {
        RemoteCommand command = new RemoteCommand(0, request.nonce(), request.body(), a.source(), a.keyId(),
                wall.instant());
        Optional<Integer> ahead;
        try {
            ahead = inbox.offer(command);
        } catch (RosieException e) {
            LOG.error("cannot persist command {}: {}", request.nonce(), e.getMessage());
            refuse(Kind.CMD, request.nonce(), "storage", "the robot could not store the command (" + e.getMessage()
                    + "); it was not accepted, send it again");
            return;
        }
        if (ahead.isEmpty()) {
            refuse(Kind.CMD, request.nonce(), "busy", inbox.pending() + " commands are already waiting; try again later");
            return;
        }
        stats.acknowledged.incrementAndGet();
        ObjectNode ack = publisher.newEvent("ack");
        ack.put("ref", request.nonce());
        ack.put("principal", a.source().principal());
        ack.put("trust", a.source().trust().wireName());
        ack.put("key", a.keyId());
        ack.put("ahead", ahead.get());
        publisher.event(ack);
    }

    private void estop(Inbound.Signed request, AuthResult.Authenticated a) {
        EstopAction action = EstopAction.parse(request.body()).orElseThrow();
        EstopResult result = robot.estop(new EstopRequest(action, a.source(), request.nonce(), wall.instant()));
        switch (result) {
            case EstopResult.Done d -> {
                stats.estops.incrementAndGet();
                ObjectNode event = publisher.newEvent("estop");
                event.put("ref", request.nonce());
                event.put("action", action.wireName());
                event.put("state", d.engaged() ? "engaged" : "released");
                event.put("by", d.by());
                publisher.event(event);
            }
            case EstopResult.Refused r -> refuse(Kind.ESTOP, request.nonce(), r.code(), r.reason());
        }
    }

    /** A believed request that was still not done (not allowed, busy, storage failure). */
    private void refuse(Kind kind, String ref, String code, String reason) {
        stats.rejected.incrementAndGet();
        rejections.warn("refused " + kind.wireName() + " " + ref + ": " + reason);
        ObjectNode event = publisher.newEvent("rejected");
        event.put("topic", kind.wireName());
        event.put("code", code);
        event.put("untrusted", false);
        event.put("reason", reason);
        event.put("ref", ref);
        publisher.event(event);
    }

    private static String clip(String text) {
        String oneLine = text.replaceAll("\\p{Cntrl}", " ");
        return oneLine.length() > 60 ? oneLine.substring(0, 60) + "..." : oneLine;
    }

    /**
     * Says goodbye: publishes {@code finalStatus} (retained), waits up to {@code drain} for the
     * outbox to empty, then disconnects both connections cleanly.
     */
    public void close(RobotStatus finalStatus, Duration drain) {
        publisher.status(finalStatus);
        try {
            if (!control.drain(drain)) {
                LOG.warn("could not deliver everything to the broker within {} ms before leaving", drain.toMillis());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        estops.close();
        control.close();
    }

    @Override
    public void close() {
        close(publisher.lastStatus().offline("shutdown"), Duration.ofSeconds(2));
    }
}
