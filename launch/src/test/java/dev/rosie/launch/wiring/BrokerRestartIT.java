package dev.rosie.launch.wiring;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.rosie.remote.broker.MosquittoProcess;
import dev.rosie.remote.client.RemoteClient;
import dev.rosie.remote.link.BrokerSettings;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Mosquitto restarts in the middle of a mission: the robot keeps working, reconnects, telemetry
 * resumes, and both acknowledged commands (the running one and the queued one) are carried out.
 */
class BrokerRestartIT {
    @TempDir
    Path dir;

    @Test
    void should_reconnect_resume_telemetry_and_lose_no_acknowledged_command() throws Exception {
        try (MosquittoProcess mosquitto = MosquittoProcess.start(dir.resolve("broker"));
                ServeFixture robot = new ServeFixture(dir.resolve("data"), Optional.of(BrokerSettings.plain(mosquitto.uri())),
                        20)) {
            ObjectNode first = robot.signer(robot.owner).command("clean the bathroom");
            ObjectNode second = robot.signer(robot.owner).command("go to the kitchen");
            try (RemoteClient client = robot.client()) {
                client.publish(robot.topics.cmd(), first, 1, ServeFixture.WAIT);
                client.publish(robot.topics.cmd(), second, 1, ServeFixture.WAIT);
                assertThat(client.await(RemoteClient.eventFor(first.get("nonce").asText(), "ack"), ServeFixture.WAIT)).isPresent();
                assertThat(client.await(RemoteClient.eventFor(second.get("nonce").asText(), "ack"), ServeFixture.WAIT)).isPresent();
                assertThat(client.await(RemoteClient.eventFor(first.get("nonce").asText(), "step"), ServeFixture.WAIT))
                        .as("the mission is under way").isPresent();
            }
            CountDownLatch reconnected = new CountDownLatch(1);
            robot.service.endpoint().controlLink().onReady(reconnected::countDown);

            mosquitto.restart();

            assertThat(reconnected.await(ServeFixture.WAIT.toSeconds(), TimeUnit.SECONDS)).as("robot reconnected").isTrue();
            try (RemoteClient client = robot.client()) {
                assertThat(client.await(m -> m.leaf().equals("telemetry"), ServeFixture.WAIT)).as("telemetry resumed")
                        .isPresent();
                assertThat(client.await(RemoteClient.eventFor(second.get("nonce").asText(), "outcome"), ServeFixture.WAIT))
                        .hasValueSatisfying(m -> assertThat(m.json().get().get("result").asText()).isEqualTo("succeeded"));
            }
            assertThat(robot.finished).hasSize(2).allSatisfy(t -> assertThat(t).isInstanceOfSatisfying(Turn.Executed.class,
                    e -> assertThat(e.succeeded()).isTrue()));
            assertThat(robot.finished.get(0)).isInstanceOfSatisfying(Turn.Executed.class,
                    e -> assertThat(e.command().text()).isEqualTo("clean the bathroom"));
            assertThat(robot.service.inbox().pending()).isZero();
        }
    }
}
