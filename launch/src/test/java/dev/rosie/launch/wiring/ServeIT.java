package dev.rosie.launch.wiring;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.rosie.core.command.Trust;
import dev.rosie.core.world.HistoryEvent;
import dev.rosie.remote.auth.KeyRing;
import dev.rosie.remote.auth.RemoteKey;
import dev.rosie.remote.auth.ReplySeal;
import dev.rosie.remote.client.RemoteClient;
import dev.rosie.remote.wire.EstopAction;
import dev.rosie.remote.wire.Schemas;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The serving robot on the embedded broker: missions, untrusted text and the e-stop, over MQTT. */
class ServeIT {
    @TempDir
    Path data;

    /** Sends a command and returns every event about it, up to and including its outcome. */
    private static List<JsonNode> send(ServeFixture robot, RemoteClient client, RemoteKey key, String text) {
        ObjectNode cmd = robot.signer(key).command(text);
        String ref = cmd.get("nonce").asText();
        client.publish(robot.topics.cmd(), cmd, 1, ServeFixture.WAIT);
        return until(client, ref, "outcome");
    }

    private static List<JsonNode> until(RemoteClient client, String ref, String type) {
        List<JsonNode> events = new ArrayList<>();
        while (true) {
            JsonNode e = client.await(RemoteClient.eventFor(ref), ServeFixture.WAIT)
                    .orElseThrow(() -> new AssertionError("no '" + type + "' event for " + ref + "; had " + events))
                    .json().orElseThrow();
            events.add(e);
            assertThat(Schemas.violations(Schemas.load("event"), e)).as(e.toString()).isEmpty();
            if (e.get("type").asText().equals(type)) {
                return events;
            }
        }
    }

    private static List<String> types(List<JsonNode> events) {
        return events.stream().map(e -> e.get("type").asText()).toList();
    }

    private static JsonNode last(List<JsonNode> events) {
        return events.get(events.size() - 1);
    }

    @Test
    void should_run_a_mission_that_arrives_over_mqtt_and_report_it_step_by_step() throws Exception {
        try (ServeFixture robot = new ServeFixture(data, Optional.empty(), 200);
                RemoteClient client = robot.client()) {
            List<JsonNode> events = send(robot, client, robot.owner, "clean the bathroom");

            assertThat(types(events)).startsWith("ack", "command", "plan", "verdict").contains("step", "cleaning")
                    .endsWith("outcome");
            assertThat(events.get(2).get("steps").toString()).contains("clean_area:bathroom");
            assertThat(events.get(3).get("decision").asText()).isEqualTo("approved");
            assertThat(last(events).get("result").asText()).isEqualTo("succeeded");
            assertThat(last(events).get("distance_m").asDouble()).isPositive();
            assertThat(robot.finished).singleElement().isInstanceOf(Turn.Executed.class);
            assertThat(robot.service.inbox().pending()).isZero();

            JsonNode telemetry = client.await(m -> m.leaf().equals("telemetry"), ServeFixture.WAIT).orElseThrow()
                    .json().orElseThrow();
            assertThat(telemetry.get("v").asInt()).isEqualTo(1);
            assertThat(telemetry.get("pose").has("x")).isTrue();
            assertThat(telemetry.get("battery").asDouble()).isBetween(0.0, 1.0);
            assertThat(Schemas.violations(Schemas.load("telemetry"), telemetry)).isEmpty();
            try (RemoteClient late = robot.client()) {
                JsonNode status = late.await(m -> m.leaf().equals("status"), ServeFixture.WAIT).orElseThrow().json()
                        .orElseThrow();
                assertThat(status.get("state").asText()).as("retained status").isEqualTo("online");
                assertThat(Schemas.violations(Schemas.load("status"), status)).isEmpty();
            }
        }
    }

    @Test
    void should_publish_a_refusal_with_its_public_reason_only_even_when_the_owner_asked() throws Exception {
        try (ServeFixture robot = new ServeFixture(data, Optional.empty(), 200);
                RemoteClient client = robot.client()) {
            List<JsonNode> events = send(robot, client, robot.owner, "go to the nursery");
            JsonNode said = client.await(m -> m.leaf().equals("reply"), ServeFixture.WAIT).orElseThrow().json().orElseThrow();

            JsonNode verdict = events.stream().filter(e -> e.get("type").asText().equals("verdict")).findFirst().orElseThrow();
            assertThat(verdict.get("rule").asText()).isEqualTo("sleeping-child");
            // Anyone on the broker reads these: who sleeps where stays in the audit log.
            for (String text : List.of(verdict.get("reason").asText(), last(events).get("detail").asText(),
                    said.get("text").asText())) {
                assertThat(text).doesNotContainIgnoringCase("sam").doesNotContainIgnoringCase("asleep")
                        .doesNotContainIgnoringCase("nursery").contains("house rule");
            }
            assertThat(last(events).get("rule").asText()).isEqualTo("sleeping-child");
            assertThat(Schemas.violations(Schemas.load("reply"), said)).isEmpty();
            // The owner who asked reads the full reason: sealed for the key that signed the command.
            String ref = last(events).get("ref").asText();
            ReplySeal.Sealed sealed = ReplySeal.Sealed.read(said.get("sealed"));
            assertThat(ReplySeal.open(robot.owner, robot.topics.robot(), ref, sealed))
                    .contains("Sam is asleep in the nursery, so I'll stay out of there for now.");
            assertThat(ReplySeal.open(robot.operator, robot.topics.robot(), ref, sealed)).isEmpty();
        }
        try (Robot reopened = new RobotFactory(new Settings(data, Optional.empty(), Optional.empty()), ZoneOffset.UTC)
                .open(Instant.now(), TurnListener.silent())) {
            assertThat(reopened.world().history(50)).anySatisfy(h -> assertThat(h.detail())
                    .contains("Sam is asleep in the nursery"));
        }
    }

    @Test
    void should_reject_an_unsigned_command_as_untrusted_and_move_nothing() throws Exception {
        try (ServeFixture robot = new ServeFixture(data, Optional.empty(), 200)) {
            try (RemoteClient client = robot.client()) {
                JsonNode before = client.await(m -> m.leaf().equals("telemetry"), ServeFixture.WAIT).orElseThrow()
                        .json().orElseThrow();
                client.publishRaw(robot.topics.cmd(), "{\"text\":\"open the front door\"}".getBytes(StandardCharsets.UTF_8),
                        1, ServeFixture.WAIT);

                JsonNode rejected = client.await(RemoteClient.event("rejected"), ServeFixture.WAIT).orElseThrow()
                        .json().orElseThrow();
                assertThat(rejected.get("untrusted").asBoolean()).isTrue();
                assertThat(rejected.get("reason").asText()).contains("rejected as untrusted");
                long seq = before.get("seq").asLong();
                JsonNode after = client.await(m -> m.leaf().equals("telemetry")
                        && m.json().get().get("seq").asLong() > seq + 3, ServeFixture.WAIT).orElseThrow().json().orElseThrow();
                assertThat(after.get("pose")).isEqualTo(before.get("pose"));
                assertThat(after.get("mode").asText()).isEqualTo("idle");
            }
            assertThat(robot.finished).isEmpty();
            assertThat(robot.service.inbox().pending()).isZero();
        }
        try (Robot reopened = new RobotFactory(new Settings(data, Optional.empty(), Optional.empty()), ZoneOffset.UTC)
                .open(Instant.now(), TurnListener.silent())) {
            List<HistoryEvent> history = reopened.world().history(20);
            assertThat(history).anySatisfy(h -> {
                assertThat(h.kind()).isEqualTo("rejected");
                assertThat(h.detail()).contains("open the front door").contains("untrusted");
            });
            assertThat(history).noneMatch(h -> h.kind().equals("command"));
        }
    }

    @Test
    void should_stop_on_an_estop_and_run_nothing_until_an_owner_releases_it() throws Exception {
        try (ServeFixture robot = new ServeFixture(data, Optional.empty(), 20);
                RemoteClient client = robot.client()) {
            ObjectNode clean = robot.signer(robot.owner).command("clean the living room");
            client.publish(robot.topics.cmd(), clean, 1, ServeFixture.WAIT);
            until(client, clean.get("nonce").asText(), "step");

            ObjectNode engage = robot.signer(robot.operator).estop(EstopAction.ENGAGE);
            client.publish(robot.topics.estop(), engage, 1, ServeFixture.WAIT);
            List<JsonNode> rest = until(client, clean.get("nonce").asText(), "outcome");

            assertThat(last(rest).get("result").asText()).isEqualTo("stopped");
            assertThat(last(rest).get("detail").asText()).contains("mqtt/ops (operator)");
            JsonNode still = client.await(m -> m.leaf().equals("telemetry") && m.json().get().get("mode").asText()
                    .equals("estopped"), ServeFixture.WAIT).orElseThrow().json().orElseThrow();
            assertThat(still.get("velocity").get("linear").asDouble()).isZero();

            List<JsonNode> refused = send(robot, client, robot.owner, "clean the kitchen");
            JsonNode said = client.await(m -> m.leaf().equals("reply"), ServeFixture.WAIT).orElseThrow().json().orElseThrow();
            assertThat(said.get("text").asText()).contains("emergency stop is engaged");
            assertThat(Schemas.violations(Schemas.load("reply"), said)).isEmpty();
            assertThat(last(refused).get("result").asText()).isEqualTo("refused");
            assertThat(last(refused).get("rule").asText()).isEqualTo("e-stop-engaged");

            ObjectNode byOperator = robot.signer(robot.operator).estop(EstopAction.RELEASE);
            client.publish(robot.topics.estop(), byOperator, 1, ServeFixture.WAIT);
            assertThat(until(client, byOperator.get("nonce").asText(), "rejected")).last()
                    .satisfies(e -> assertThat(e.get("code").asText()).isEqualTo("not-allowed"));

            ObjectNode byOwner = robot.signer(robot.owner).estop(EstopAction.RELEASE);
            client.publish(robot.topics.estop(), byOwner, 1, ServeFixture.WAIT);
            assertThat(until(client, byOwner.get("nonce").asText(), "estop")).last()
                    .satisfies(e -> assertThat(e.get("state").asText()).isEqualTo("released"));

            List<JsonNode> after = send(robot, client, robot.owner, "go to the kitchen");
            assertThat(last(after).get("result").asText()).isEqualTo("succeeded");
        }
    }

    @Test
    void should_accept_a_key_generated_while_serving() throws Exception {
        try (ServeFixture robot = new ServeFixture(data, Optional.empty(), 200);
                RemoteClient client = robot.client()) {
            RemoteKey late = KeyRing.generate(data, "sam", Trust.OPERATOR, new SecureRandom(), Instant.now()).key();

            List<JsonNode> events = send(robot, client, late, "go to the kitchen");

            assertThat(events.get(0).get("type").asText()).isEqualTo("ack");
            assertThat(events.get(0).get("principal").asText()).isEqualTo("sam");
            assertThat(last(events).get("result").asText()).isEqualTo("succeeded");
        }
    }
}
