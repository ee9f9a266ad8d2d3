package dev.rosie.remote.auth;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.rosie.remote.wire.EstopAction;
import dev.rosie.remote.wire.Kind;
import dev.rosie.remote.wire.Wire;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.HexFormat;
import java.util.Objects;

/** Builds signed {@code cmd} and {@code estop} payloads with a fresh nonce and the current time. */
public final class RequestSigner {
    private final RemoteKey key;
    private final String robot;
    private final Clock clock;
    private final SecureRandom random;

    public RequestSigner(RemoteKey key, String robot, Clock clock, SecureRandom random) {
        this.key = Objects.requireNonNull(key, "key");
        this.robot = Objects.requireNonNull(robot, "robot");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.random = Objects.requireNonNull(random, "random");
    }

    public ObjectNode command(String text) {
        return signed(Kind.CMD, text, nonce(), clock.millis());
    }

    public ObjectNode estop(EstopAction action) {
        return signed(Kind.ESTOP, action.wireName(), nonce(), clock.millis());
    }

    /** A payload signed with explicit fields: for tests that need a given nonce or timestamp. */
    public ObjectNode signed(Kind kind, String body, String nonce, long ts) {
        ObjectNode node = Wire.document();
        node.put(kind == Kind.CMD ? "text" : "action", body);
        node.put("key", key.id());
        node.put("ts", ts);
        node.put("nonce", nonce);
        node.put("sig", Signature.sign(key.secret(),
                Signature.canonical(Wire.VERSION, kind, robot, key.id(), ts, nonce, body)));
        return node;
    }

    public String nonce() {
        byte[] bytes = new byte[16];
        random.nextBytes(bytes);
        return HexFormat.of().formatHex(bytes);
    }

    public RemoteKey key() {
        return key;
    }
}
