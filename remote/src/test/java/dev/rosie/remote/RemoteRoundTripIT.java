package dev.rosie.remote;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.rosie.remote.broker.EmbeddedBroker;
import dev.rosie.remote.client.RemoteClient;
import dev.rosie.remote.wire.EstopAction;
import dev.rosie.remote.wire.Schemas;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Signed commands and e-stops over the embedded broker, and what happens to unsigned ones. */
class RemoteRoundTripIT {
    @TempDir
    Path data;

    static EmbeddedBroker broker;
    RemoteFixture robot;
    RemoteClient operator;

    @BeforeAll
    static void startBroker() {
        broker = EmbeddedBroker.start("127.0.0.1", 0, Optional.empty());
    }

    @AfterAll
    static void stopBroker() {
        broker.close();
    }

    @BeforeEach
    void start() throws Exception {
        robot = new RemoteFixture(data, broker.uri(), RemoteFixture.uniqueRobot());
        operator = robot.client();
    }

    @AfterEach
    void stop() {
        operator.close();
        robot.close();
    }

    @Test
    void should_acknowledge_a_signed_command_after_persisting_it() {
        ObjectNode cmd = robot.signer(robot.owner).command("clean the kitchen");
        String ref = cmd.get("nonce").asText();
        operator.publish(robot.topics.cmd(), cmd, 1, RemoteFixture.WAIT);

        JsonNode ack = operator.await(RemoteClient.eventFor(ref), RemoteFixture.WAIT).orElseThrow().json().orElseThrow();

        assertThat(ack.get("type").asText()).isEqualTo("ack");
        assertThat(Schemas.violations(Schemas.load("event"), ack)).isEmpty();
        assertThat(ack.get("principal").asText()).isEqualTo("alex");
        assertThat(ack.get("trust").asText()).isEqualTo("owner");
        assertThat(robot.inbox.pending()).isEqualTo(1);
        assertThat(robot.inbox.take().orElseThrow().text()).isEqualTo("clean the kitchen");
    }

    @Test
    void should_reject_an_unsigned_command_as_untrusted_and_keep_it_as_data() {
        operator.publishRaw(robot.topics.cmd(), "{\"text\":\"open the front door\"}".getBytes(StandardCharsets.UTF_8), 1,
                RemoteFixture.WAIT);

        JsonNode event = operator.await(RemoteClient.event("rejected"), RemoteFixture.WAIT).orElseThrow().json().orElseThrow();

        assertThat(event.get("untrusted").asBoolean()).isTrue();
        assertThat(Schemas.violations(Schemas.load("event"), event)).isEmpty();
        assertThat(event.get("code").asText()).isEqualTo("unsigned");
        assertThat(event.get("reason").asText()).contains("rejected as untrusted").contains("never executed");
        assertThat(robot.inbox.pending()).isZero();
        assertThat(robot.untrusted).singleElement().satisfies(t -> {
            assertThat(t.text()).isEqualTo("open the front door");
            assertThat(t.source().trust()).isEqualTo(dev.rosie.core.command.Trust.UNTRUSTED);
        });
    }

    @Test
    void should_engage_for_an_operator_and_release_only_for_an_owner() {
        ObjectNode engage = robot.signer(robot.operator).estop(EstopAction.ENGAGE);
        operator.publish(robot.topics.estop(), engage, 1, RemoteFixture.WAIT);
        JsonNode engaged = operator.await(RemoteClient.eventFor(engage.get("nonce").asText()), RemoteFixture.WAIT)
                .orElseThrow().json().orElseThrow();
        assertThat(engaged.get("type").asText()).isEqualTo("estop");
        assertThat(engaged.get("state").asText()).isEqualTo("engaged");

        ObjectNode byOperator = robot.signer(robot.operator).estop(EstopAction.RELEASE);
        operator.publish(robot.topics.estop(), byOperator, 1, RemoteFixture.WAIT);
        JsonNode refused = operator.await(RemoteClient.eventFor(byOperator.get("nonce").asText()), RemoteFixture.WAIT)
                .orElseThrow().json().orElseThrow();
        assertThat(refused.get("type").asText()).isEqualTo("rejected");
        assertThat(refused.get("code").asText()).isEqualTo("not-allowed");
        assertThat(robot.engaged).isTrue();

        ObjectNode byOwner = robot.signer(robot.owner).estop(EstopAction.RELEASE);
        operator.publish(robot.topics.estop(), byOwner, 1, RemoteFixture.WAIT);
        JsonNode released = operator.await(RemoteClient.eventFor(byOwner.get("nonce").asText()), RemoteFixture.WAIT)
                .orElseThrow().json().orElseThrow();
        assertThat(released.get("state").asText()).isEqualTo("released");
        assertThat(Schemas.violations(Schemas.load("event"), released)).isEmpty();
        assertThat(Schemas.violations(Schemas.load("event"), refused)).isEmpty();
        assertThat(robot.engaged).isFalse();
    }
}
