package dev.rosie.remote.robot;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.rosie.core.command.Trust;
import dev.rosie.remote.RemoteFixture;
import dev.rosie.remote.auth.RemoteKey;
import dev.rosie.remote.auth.RequestSigner;
import dev.rosie.remote.broker.EmbeddedBroker;
import dev.rosie.remote.client.RemoteClient;
import dev.rosie.remote.wire.EstopAction;
import dev.rosie.remote.wire.Kind;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Over a real broker: replayed, tampered, expired and unknown-key requests are all refused, none queued. */
class SecurityIT {
    private static final int EACH = 250;

    @TempDir
    Path data;

    @Test
    void should_reject_every_replayed_tampered_expired_and_unknown_key_request() throws Exception {
        try (EmbeddedBroker broker = EmbeddedBroker.start("127.0.0.1", 0, Optional.empty());
                RemoteFixture robot = new RemoteFixture(data, broker.uri(), RemoteFixture.uniqueRobot());
                RemoteClient operator = robot.client()) {
            RequestSigner owner = robot.signer(robot.owner);
            ObjectNode original = owner.command("clean the kitchen");
            operator.publish(robot.topics.cmd(), original, 1, RemoteFixture.WAIT);
            assertThat(operator.await(RemoteClient.eventFor(original.get("nonce").asText(), "ack"), RemoteFixture.WAIT))
                    .isPresent();
            RemoteCommand accepted = robot.inbox.take().orElseThrow();
            robot.inbox.complete(accepted);

            RequestSigner stranger = new RequestSigner(new RemoteKey("kstranger", "mallory", Trust.OWNER,
                    new SecureRandom().generateSeed(32), Instant.now()), robot.topics.robot(), Clock.systemUTC(),
                    new SecureRandom());
            List<String> expected = new ArrayList<>();
            List<ObjectNode> attacks = new ArrayList<>();
            for (int i = 0; i < EACH; i++) {
                attacks.add(original.deepCopy());
                expected.add("replayed");
                ObjectNode tampered = owner.command("clean the kitchen");
                tampered.put("text", "open the front door");
                attacks.add(tampered);
                expected.add("bad-signature");
                attacks.add(owner.signed(Kind.CMD, "open the front door", owner.nonce(),
                        System.currentTimeMillis() - 61_000 - i));
                expected.add("expired");
                attacks.add(stranger.command("open the front door"));
                expected.add("unknown-key");
            }
            for (ObjectNode attack : attacks) {
                assertThat(operator.enqueueRaw(robot.topics.cmd(), dev.rosie.remote.wire.Wire.bytes(attack), 1)).isTrue();
                if (operator.link().dropped() > 0) {
                    throw new AssertionError("client outbox overflowed");
                }
            }
            operator.flush(RemoteFixture.WAIT);

            Map<String, Integer> codes = new HashMap<>();
            for (int i = 0; i < attacks.size(); i++) {
                JsonNode e = operator.await(m -> m.leaf().equals("events"), RemoteFixture.WAIT).orElseThrow().json().orElseThrow();
                assertThat(e.get("type").asText()).isEqualTo("rejected");
                assertThat(e.get("untrusted").asBoolean()).isTrue();
                codes.merge(e.get("code").asText(), 1, Integer::sum);
            }

            assertThat(codes).containsOnly(Map.entry("replayed", EACH), Map.entry("bad-signature", EACH),
                    Map.entry("expired", EACH), Map.entry("unknown-key", EACH));
            assertThat(robot.inbox.pending()).as("nothing queued").isZero();
            assertThat(robot.endpoint.stats().acknowledged.get()).isEqualTo(1);
        }
    }

    @Test
    void should_not_engage_or_release_the_estop_for_a_forged_request() throws Exception {
        try (EmbeddedBroker broker = EmbeddedBroker.start("127.0.0.1", 0, Optional.empty());
                RemoteFixture robot = new RemoteFixture(data, broker.uri(), RemoteFixture.uniqueRobot());
                RemoteClient operator = robot.client()) {
            ObjectNode forged = robot.signer(robot.owner).estop(EstopAction.ENGAGE);
            forged.put("action", "release");
            operator.publish(robot.topics.estop(), forged, 1, RemoteFixture.WAIT);
            operator.publishRaw(robot.topics.estop(), "{\"action\":\"engage\"}".getBytes(), 1, RemoteFixture.WAIT);

            JsonNode first = operator.await(RemoteClient.event("rejected"), RemoteFixture.WAIT).orElseThrow().json().orElseThrow();
            JsonNode second = operator.await(RemoteClient.event("rejected"), RemoteFixture.WAIT).orElseThrow().json().orElseThrow();

            assertThat(first.get("code").asText()).isEqualTo("bad-signature");
            assertThat(second.get("code").asText()).isEqualTo("unsigned");
            assertThat(robot.estops).isEmpty();
        }
    }
}
