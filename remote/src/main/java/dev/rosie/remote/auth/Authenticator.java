package dev.rosie.remote.auth;

import dev.rosie.core.command.Channel;
import dev.rosie.core.command.Source;
import dev.rosie.remote.wire.Inbound;
import java.util.Objects;
import java.util.Optional;

/**
 * Decides whether a parsed request is believed. Order matters: the signature is checked before the
 * replay guard records the nonce, so a forger cannot burn nonces, and the key lookup comes first so
 * an unknown key costs no HMAC.
 */
public final class Authenticator {
    private final String robot;
    private final KeyRing keys;
    private final ReplayGuard replays;

    public Authenticator(String robot, KeyRing keys, ReplayGuard replays) {
        this.robot = Objects.requireNonNull(robot, "robot");
        this.keys = Objects.requireNonNull(keys, "keys");
        this.replays = Objects.requireNonNull(replays, "replays");
    }

    public AuthResult check(Inbound request) {
        return switch (request) {
            case Inbound.Unsigned u -> new AuthResult.Rejected("unsigned",
                    "unsigned: no key, timestamp, nonce or signature; sign it with 'rosie remote send --key FILE'");
            case Inbound.Signed s -> checkSigned(s);
        };
    }

    private AuthResult checkSigned(Inbound.Signed s) {
        Optional<RemoteKey> key = keys.find(s.key());
        if (key.isEmpty()) {
            return new AuthResult.Rejected("unknown-key", "unknown key '" + s.key() + "': not registered with robot '"
                    + robot + "' (rosie remote keygen registers keys)");
        }
        String canonical = Signature.canonical(s.v(), s.kind(), robot, s.key(), s.ts(), s.nonce(), s.body());
        if (!Signature.verify(key.get().secret(), canonical, s.sig())) {
            return new AuthResult.Rejected("bad-signature", "bad signature for key '" + s.key()
                    + "': the payload was altered, signed for another robot or topic, or signed with another secret");
        }
        Optional<ReplayGuard.Refusal> refused = replays.admit(s.ts(), s.nonce());
        if (refused.isPresent()) {
            return switch (refused.get()) {
                case EXPIRED -> new AuthResult.Rejected("expired", "expired: timestamp " + s.ts()
                        + " is more than " + replays.window().toSeconds() + " s from the robot's clock");
                case REPLAYED -> new AuthResult.Rejected("replayed", "replayed: nonce " + s.nonce() + " was already used");
                case FULL -> new AuthResult.Rejected("busy", "too many signed requests within the replay window;"
                        + " try again shortly");
            };
        }
        RemoteKey k = key.get();
        return new AuthResult.Authenticated(new Source(Channel.MQTT, k.principal(), k.trust()), k.id());
    }
}
