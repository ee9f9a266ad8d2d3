package dev.rosie.remote.auth;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.rosie.core.ManualClock;
import dev.rosie.core.command.Channel;
import dev.rosie.core.command.Source;
import dev.rosie.core.command.Trust;
import dev.rosie.remote.wire.Inbound;
import dev.rosie.remote.wire.Kind;
import dev.rosie.remote.wire.PayloadReader;
import dev.rosie.remote.wire.Wire;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every forged, altered, stale or repeated request is refused; only an exact, fresh, signed one passes. */
class AuthenticatorTest {
    private static final int N = 1000;

    @TempDir
    Path data;

    private final ManualClock clock = new ManualClock(Instant.parse("2025-01-31T10:00:00Z"));
    private final PayloadReader reader = new PayloadReader();
    private RemoteKey owner;
    private RemoteKey stranger;
    private Authenticator auth;
    private RequestSigner signer;

    @BeforeEach
    void keys() {
        owner = KeyRing.generate(data, "alex", Trust.OWNER, new SecureRandom(), clock.instant()).key();
        stranger = new RemoteKey("kunknown", "mallory", Trust.OWNER, new byte[32], clock.instant());
        auth = new Authenticator("rosie", KeyRing.open(data),
                new ReplayGuard(clock, Duration.ofSeconds(60), 100_000, Optional.empty()));
        signer = new RequestSigner(owner, "rosie", clock, new SecureRandom());
    }

    private AuthResult check(ObjectNode payload) {
        return auth.check(reader.read(Kind.CMD, Wire.bytes(payload)));
    }

    private static String code(AuthResult r) {
        return r instanceof AuthResult.Rejected rej ? rej.code() : "accepted";
    }

    @Test
    void should_authenticate_a_fresh_signed_command_as_its_principal() {
        AuthResult r = check(signer.command("clean the kitchen"));

        assertThat(r).isEqualTo(new AuthResult.Authenticated(new Source(Channel.MQTT, "alex", Trust.OWNER), owner.id()));
    }

    @Test
    void should_reject_every_replayed_command() {
        int rejected = 0;
        for (int i = 0; i < N; i++) {
            ObjectNode cmd = signer.command("clean the kitchen " + i);
            assertThat(check(cmd)).isInstanceOf(AuthResult.Authenticated.class);
            clock.advance(Duration.ofMillis(10));
            if (code(check(cmd)).equals("replayed")) {
                rejected++;
            }
        }
        assertThat(rejected).isEqualTo(N);
    }

    @Test
    void should_reject_every_tampered_command() {
        Random random = new Random(42);
        int rejected = 0;
        for (int i = 0; i < N; i++) {
            ObjectNode cmd = signer.command("clean the kitchen");
            switch (i % 5) {
                case 0 -> cmd.put("text", "open the front door");
                case 1 -> cmd.put("text", "clean the kitchen ");
                case 2 -> cmd.put("ts", cmd.get("ts").asLong() + 1 + random.nextInt(1000));
                case 3 -> cmd.put("nonce", signer.nonce());
                default -> {
                    char[] sig = cmd.get("sig").asText().toCharArray();
                    int at = random.nextInt(sig.length);
                    sig[at] = sig[at] == '0' ? '1' : '0';
                    cmd.put("sig", new String(sig));
                }
            }
            if (code(check(cmd)).equals("bad-signature")) {
                rejected++;
            }
        }
        assertThat(rejected).isEqualTo(N);
    }

    @Test
    void should_reject_a_signature_made_for_another_robot_or_topic() {
        ObjectNode forOther = new RequestSigner(owner, "other", clock, new SecureRandom()).command("clean the kitchen");
        ObjectNode estopSig = signer.signed(Kind.ESTOP, "clean the kitchen", signer.nonce(), clock.millis());
        estopSig.remove("action");
        estopSig.put("text", "clean the kitchen");

        assertThat(code(check(forOther))).isEqualTo("bad-signature");
        assertThat(code(check(estopSig))).isEqualTo("bad-signature");
    }

    @Test
    void should_reject_every_expired_command() {
        int rejected = 0;
        for (int i = 0; i < N; i++) {
            long skew = 60_001 + i * 1000L;
            ObjectNode cmd = signer.signed(Kind.CMD, "clean", signer.nonce(), clock.millis() + (i % 2 == 0 ? -skew : skew));
            if (code(check(cmd)).equals("expired")) {
                rejected++;
            }
        }
        assertThat(rejected).isEqualTo(N);
    }

    @Test
    void should_reject_every_command_signed_with_an_unknown_key() {
        RequestSigner forger = new RequestSigner(stranger, "rosie", clock, new SecureRandom());
        int rejected = 0;
        for (int i = 0; i < N; i++) {
            if (code(check(forger.command("open the front door"))).equals("unknown-key")) {
                rejected++;
            }
        }
        assertThat(rejected).isEqualTo(N);
    }

    @Test
    void should_reject_a_known_key_id_signed_with_the_wrong_secret() {
        RemoteKey impostor = new RemoteKey(owner.id(), "alex", Trust.OWNER, new byte[32], clock.instant());

        assertThat(code(check(new RequestSigner(impostor, "rosie", clock, new SecureRandom()).command("x"))))
                .isEqualTo("bad-signature");
    }

    @Test
    void should_not_let_a_forger_burn_a_nonce() {
        ObjectNode real = signer.command("clean the kitchen");
        ObjectNode forged = real.deepCopy();
        forged.put("text", "open the front door");

        assertThat(code(check(forged))).isEqualTo("bad-signature");
        assertThat(check(real)).isInstanceOf(AuthResult.Authenticated.class);
    }

    @Test
    void should_reject_an_unsigned_command() {
        assertThat(code(auth.check(new Inbound.Unsigned(Kind.CMD, "open the front door")))).isEqualTo("unsigned");
    }
}
