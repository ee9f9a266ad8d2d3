package dev.rosie.launch.mission;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.rosie.core.command.Channel;
import dev.rosie.core.command.Source;
import dev.rosie.core.command.Trust;
import dev.rosie.core.command.UntrustedText;
import dev.rosie.remote.Topics;
import dev.rosie.remote.auth.AuthResult;
import dev.rosie.remote.auth.Authenticator;
import dev.rosie.remote.auth.KeyRing;
import dev.rosie.remote.auth.RemoteKey;
import dev.rosie.remote.auth.ReplayGuard;
import dev.rosie.remote.auth.RequestSigner;
import dev.rosie.remote.wire.Inbound;
import dev.rosie.remote.wire.Kind;
import dev.rosie.remote.wire.MalformedPayloadException;
import dev.rosie.remote.wire.PayloadReader;
import dev.rosie.remote.wire.Wire;
import java.nio.file.Path;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.Map;
import java.util.Optional;
import java.util.Random;

/**
 * A mission's MQTT messages, without a broker: each payload is built (signed with a key registered
 * in the mission's own data directory, or unsigned) and handed to the same parts the MQTT endpoint
 * runs on every {@code cmd} payload: the {@link PayloadReader}, then the {@link Authenticator} with
 * its key ring and replay guard. Only the transport is skipped. Keys and nonces come from the
 * mission's seed, so runs repeat exactly.
 */
final class MqttIntake implements AutoCloseable {
    /** What the endpoint would do with a payload: run it as a command from a source, or keep it as data. */
    sealed interface Result {
        record Command(String text, Source source) implements Result {
        }

        record Untrusted(UntrustedText text, String reason) implements Result {
        }

        record Malformed(String reason) implements Result {
        }
    }

    private final Path dataDir;
    private final Clock clock;
    private final Topics topics = new Topics(Topics.DEFAULT_ROBOT);
    private final KeyRing keys;
    private final ReplayGuard replays;
    private final Authenticator auth;
    private final PayloadReader reader = new PayloadReader();
    private final SecureRandom keyRandom;
    private final Random nonces;
    private final Map<String, RemoteKey> issued = new HashMap<>();

    MqttIntake(Path dataDir, Clock clock, long seed) {
        this.dataDir = dataDir;
        this.clock = clock;
        this.keys = KeyRing.open(dataDir);
        this.replays = new ReplayGuard(clock, Duration.ofMinutes(5), 10_000, Optional.empty());
        this.auth = new Authenticator(topics.robot(), keys, replays);
        try {
            // SHA1PRNG seeded before first use is a repeatable stream: the same mission makes the same keys.
            this.keyRandom = SecureRandom.getInstance("SHA1PRNG");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("this Java runtime has no SHA1PRNG", e);
        }
        keyRandom.setSeed(seed);
        this.nonces = new Random(seed ^ 0x6d717474L);
    }

    Result submit(TimelineStep.Mqtt step) {
        byte[] payload = Wire.bytes(payload(step));
        Inbound request;
        try {
            request = reader.read(Kind.CMD, payload);
        } catch (MalformedPayloadException e) {
            return new Result.Malformed(e.getMessage());
        }
        return switch (auth.check(request)) {
            case AuthResult.Authenticated a -> new Result.Command(request.body(), a.source());
            case AuthResult.Rejected r -> new Result.Untrusted(new UntrustedText(request.body(),
                    new Source(Channel.MQTT, "unknown", Trust.UNTRUSTED), topics.robot() + "/cmd", clock.instant()),
                    "rejected as untrusted: " + r.reason());
        };
    }

    private ObjectNode payload(TimelineStep.Mqtt step) {
        if (!step.signed()) {
            ObjectNode node = Wire.document();
            node.put("text", step.text());
            return node;
        }
        RemoteKey key = issued.computeIfAbsent(step.principal() + "/" + step.signer().wireName(),
                k -> KeyRing.generate(dataDir, step.principal(), step.signer(), keyRandom, clock.instant()).key());
        byte[] n = new byte[16];
        nonces.nextBytes(n);
        RequestSigner signer = new RequestSigner(key, topics.robot(), clock, keyRandom);
        return signer.signed(Kind.CMD, step.text(), HexFormat.of().formatHex(n), clock.millis());
    }

    @Override
    public void close() {
        replays.close();
    }
}
