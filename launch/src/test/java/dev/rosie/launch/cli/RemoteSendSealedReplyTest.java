package dev.rosie.launch.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.rosie.core.command.Trust;
import dev.rosie.remote.auth.RemoteKey;
import dev.rosie.remote.auth.ReplySeal;
import dev.rosie.remote.wire.Wire;
import java.security.SecureRandom;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** `rosie remote send` prints the full reason of a refusal only when the reply was sealed for its own key. */
class RemoteSendSealedReplyTest {
    private static final String PUBLIC = "I can't go there right now: a quiet-time house rule keeps me out of some rooms for a while.";
    private static final String FULL = "Sam is asleep in the nursery, so I'll stay out of there for now.";

    private static RemoteKey key(String id, Trust trust) {
        return new RemoteKey(id, id, trust, new SecureRandom().generateSeed(RemoteKey.SECRET_BYTES), Instant.now());
    }

    private static ObjectNode reply(String text) {
        ObjectNode reply = Wire.document();
        reply.put("text", text);
        return reply;
    }

    @Test
    void should_print_the_full_reason_sealed_for_the_senders_key() {
        RemoteKey owner = key("kowner", Trust.OWNER);
        ObjectNode reply = reply(PUBLIC);
        ReplySeal.seal(owner, "rosie", "ref-1", FULL, new SecureRandom()).writeTo(reply.putObject("sealed"));

        assertThat(RemoteSendCommand.said(reply, "rosie", "ref-1", owner)).isEqualTo(FULL);
        assertThat(RemoteSendCommand.said(reply, "rosie", "ref-1", key("kops", Trust.OPERATOR))).isEqualTo(PUBLIC);
        assertThat(RemoteSendCommand.said(reply, "rosie", "ref-2", owner)).as("moved to another request").isEqualTo(PUBLIC);
    }

    @Test
    void should_print_the_public_text_when_nothing_is_sealed_or_the_sealed_part_is_malformed() {
        RemoteKey owner = key("kowner", Trust.OWNER);
        ObjectNode broken = reply(PUBLIC);
        broken.putObject("sealed").put("key", "kowner");

        assertThat(RemoteSendCommand.said(reply(PUBLIC), "rosie", "ref-1", owner)).isEqualTo(PUBLIC);
        assertThat(RemoteSendCommand.said(broken, "rosie", "ref-1", owner)).isEqualTo(PUBLIC);
    }
}
