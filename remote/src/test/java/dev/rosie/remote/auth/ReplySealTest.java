package dev.rosie.remote.auth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.rosie.core.InvalidInputException;
import dev.rosie.core.command.Trust;
import dev.rosie.remote.wire.Wire;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** A sealed reply opens only for its key, its robot and its request, and not at all once altered. */
class ReplySealTest {
    private static final Random SEEDED = new Random(8);
    private static final RemoteKey OWNER = key("kowner1", "alex", Trust.OWNER);
    private static final RemoteKey OPERATOR = key("kops1", "ops", Trust.OPERATOR);
    private static final String FULL = "I cleaned the living room 3 minutes ago, at 10:02, so it doesn't need it yet.";

    private static RemoteKey key(String id, String principal, Trust trust) {
        byte[] secret = new byte[RemoteKey.SECRET_BYTES];
        SEEDED.nextBytes(secret);
        return new RemoteKey(id, principal, trust, secret, Instant.parse("2025-01-31T10:00:00Z"));
    }

    private static ReplySeal.Sealed sealed() {
        return ReplySeal.seal(OWNER, "rosie", "ref-1", FULL, new SecureRandom());
    }

    @Test
    void should_open_for_the_key_that_signed_the_request() {
        assertThat(ReplySeal.open(OWNER, "rosie", "ref-1", sealed())).contains(FULL);
    }

    @Test
    void should_not_open_for_another_key_even_one_claiming_its_id() {
        ReplySeal.Sealed s = sealed();
        RemoteKey impostor = new RemoteKey(OWNER.id(), "mallory", Trust.OWNER, OPERATOR.secret(), Instant.now());

        assertThat(ReplySeal.open(OPERATOR, "rosie", "ref-1", s)).isEmpty();
        assertThat(ReplySeal.open(impostor, "rosie", "ref-1", s)).isEmpty();
    }

    @Test
    void should_not_open_when_moved_to_another_request_or_robot() {
        ReplySeal.Sealed s = sealed();

        assertThat(ReplySeal.open(OWNER, "rosie", "ref-2", s)).isEmpty();
        assertThat(ReplySeal.open(OWNER, "other", "ref-1", s)).isEmpty();
    }

    @Test
    void should_not_open_when_altered() {
        ReplySeal.Sealed s = sealed();
        byte[] data = s.data();
        data[3] ^= 1;

        assertThat(ReplySeal.open(OWNER, "rosie", "ref-1", new ReplySeal.Sealed(s.key(), s.iv(), data))).isEmpty();
    }

    @Test
    void should_never_put_the_text_on_the_wire_in_the_clear_and_use_a_fresh_iv_each_time() {
        ObjectNode first = Wire.document();
        sealed().writeTo(first);
        ObjectNode second = Wire.document();
        sealed().writeTo(second);

        assertThat(first.toString()).doesNotContain("living room").doesNotContain("10:02");
        assertThat(first.get("iv")).isNotEqualTo(second.get("iv"));
        assertThat(ReplySeal.open(OWNER, "rosie", "ref-1", ReplySeal.Sealed.read(first))).contains(FULL);
    }

    @Test
    void should_name_the_field_of_a_malformed_sealed_object() {
        ObjectNode bad = Wire.document();
        bad.put("key", "kowner1");
        bad.put("iv", "not hex");
        bad.put("data", "AAAA");

        assertThatThrownBy(() -> ReplySeal.Sealed.read(Wire.document())).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("sealed.key");
        assertThatThrownBy(() -> ReplySeal.Sealed.read(bad)).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("sealed");
    }
}
