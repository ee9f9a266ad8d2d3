package dev.rosie.remote.broker;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.rosie.remote.RemoteFixture;
import dev.rosie.remote.Topics;
import dev.rosie.remote.client.RemoteClient;
import dev.rosie.remote.link.Backoff;
import dev.rosie.remote.link.BrokerSettings;
import dev.rosie.remote.link.MqttLink;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Against Debian's Mosquitto 2.0, started here on 127.0.0.1 and stopped after each test. */
class MosquittoIT {
    private static final Backoff FAST = new Backoff(Duration.ofMillis(50), Duration.ofMillis(500));

    @TempDir
    Path dir;

    @Test
    void should_acknowledge_a_signed_command_and_reject_a_plain_mosquitto_pub() throws Exception {
        try (MosquittoProcess mosquitto = MosquittoProcess.start(dir.resolve("broker"));
                RemoteFixture robot = new RemoteFixture(dir.resolve("data"), mosquitto.uri(), "rosie");
                RemoteClient operator = robot.client()) {
            ObjectNode cmd = robot.signer(robot.owner).command("clean the kitchen");
            operator.publish(robot.topics.cmd(), cmd, 1, RemoteFixture.WAIT);
            assertThat(operator.await(RemoteClient.eventFor(cmd.get("nonce").asText(), "ack"), RemoteFixture.WAIT)).isPresent();

            Process pub = new ProcessBuilder(mosquittoPub(), "-h", "127.0.0.1", "-p", Integer.toString(mosquitto.port()),
                    "-q", "1", "-t", "rosie/rosie/cmd", "-m", "{\"text\":\"open the front door\"}").inheritIO().start();
            assertThat(pub.waitFor(20, TimeUnit.SECONDS)).isTrue();
            assertThat(pub.exitValue()).isZero();

            JsonNode rejected = operator.await(RemoteClient.event("rejected"), RemoteFixture.WAIT).orElseThrow()
                    .json().orElseThrow();
            assertThat(rejected.get("untrusted").asBoolean()).isTrue();
            assertThat(rejected.get("reason").asText()).contains("rejected as untrusted");
            assertThat(robot.inbox.pending()).isEqualTo(1);
        }
    }

    @Test
    void should_reconnect_after_a_broker_restart_and_keep_what_it_acknowledged() throws Exception {
        try (MosquittoProcess mosquitto = MosquittoProcess.start(dir.resolve("broker"));
                RemoteFixture robot = new RemoteFixture(dir.resolve("data"), mosquitto.uri(), "rosie", FAST)) {
            RemoteClient operator = robot.client();
            ObjectNode before = robot.signer(robot.owner).command("clean the kitchen");
            operator.publish(robot.topics.cmd(), before, 1, RemoteFixture.WAIT);
            assertThat(operator.await(RemoteClient.eventFor(before.get("nonce").asText(), "ack"), RemoteFixture.WAIT))
                    .isPresent();
            operator.close();
            CountDownLatch reconnected = new CountDownLatch(1);
            robot.endpoint.controlLink().onReady(reconnected::countDown);

            mosquitto.restart();

            assertThat(reconnected.await(RemoteFixture.WAIT.toSeconds(), TimeUnit.SECONDS)).as("robot reconnected").isTrue();
            try (RemoteClient after = robot.client()) {
                JsonNode status = after.await(m -> m.leaf().equals("status"), RemoteFixture.WAIT).orElseThrow()
                        .json().orElseThrow();
                assertThat(status.get("state").asText()).as("retained status republished").isEqualTo("online");
                ObjectNode next = robot.signer(robot.owner).command("clean the bathroom");
                after.publish(robot.topics.cmd(), next, 1, RemoteFixture.WAIT);
                assertThat(after.await(RemoteClient.eventFor(next.get("nonce").asText(), "ack"), RemoteFixture.WAIT))
                        .isPresent();
            }
            assertThat(robot.inbox.pending()).as("the command acknowledged before the restart is still there").isEqualTo(2);
            assertThat(robot.inbox.take()).map(c -> c.text()).contains("clean the kitchen");
        }
    }

    @Test
    void should_publish_offline_through_the_last_will_when_the_robot_dies() throws Exception {
        try (MosquittoProcess mosquitto = MosquittoProcess.start(dir.resolve("broker"))) {
            RemoteFixture robot = new RemoteFixture(dir.resolve("data"), mosquitto.uri(), "rosie");
            try (RemoteClient watcher = robot.client()) {
                assertThat(watcher.await(m -> m.leaf().equals("status")
                        && m.json().get().get("state").asText().equals("online"), RemoteFixture.WAIT)).isPresent();
                robot.endpoint.controlLink().kill();

                JsonNode will = watcher.await(m -> m.leaf().equals("status"), RemoteFixture.WAIT).orElseThrow()
                        .json().orElseThrow();
                assertThat(will.get("state").asText()).isEqualTo("offline");
                assertThat(will.get("reason").asText()).isEqualTo("connection lost");
            } finally {
                robot.close();
            }
        }
    }

    @Test
    void should_log_in_with_a_user_name_and_password() throws Exception {
        Path passwords = dir.resolve("passwd");
        Process make = new ProcessBuilder(sibling("mosquitto_passwd"), "-b", "-c", passwords.toString(), "robot", "s3cret")
                .inheritIO().start();
        assertThat(make.waitFor(20, TimeUnit.SECONDS)).isTrue();
        try (MosquittoProcess mosquitto = MosquittoProcess.start(dir.resolve("broker"),
                List.of("password_file " + passwords))) {
            BrokerSettings good = BrokerSettings.plain(mosquitto.uri()).withCredentials(Optional.of("robot"),
                    Optional.of("s3cret"));
            BrokerSettings bad = BrokerSettings.plain(mosquitto.uri()).withCredentials(Optional.of("robot"),
                    Optional.of("wrong"));
            try (MqttLink ok = new MqttLink(good, "rosie-auth-ok", true, Optional.empty(), FAST, 10);
                    MqttLink refused = new MqttLink(bad, "rosie-auth-bad", true, Optional.empty(), FAST, 10)) {
                ok.start();
                refused.start();
                assertThat(ok.awaitReady(RemoteFixture.WAIT)).isTrue();
                assertThat(refused.awaitReady(Duration.ofMillis(500))).isFalse();
                assertThat(refused.lastProblem()).containsIgnoringCase("not authori");
            }
        }
    }

    @Test
    void should_connect_over_tls_trusting_a_given_ca() throws Exception {
        Path cert = dir.resolve("cert.pem");
        Path key = dir.resolve("key.pem");
        Process openssl = new ProcessBuilder("openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "1",
                "-subj", "/CN=127.0.0.1", "-addext", "subjectAltName=IP:127.0.0.1", "-keyout", key.toString(),
                "-out", cert.toString()).redirectErrorStream(true).redirectOutput(dir.resolve("openssl.log").toFile()).start();
        assertThat(openssl.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(openssl.exitValue()).as(Files.readString(dir.resolve("openssl.log"))).isZero();
        try (MosquittoProcess plain = MosquittoProcess.start(dir.resolve("broker"), List.of())) {
            int tlsPort = plain.port();
            plain.stop();
            try (MosquittoProcess mosquitto = MosquittoProcess.start(dir.resolve("tls"), List.of(
                    "listener " + (tlsPort + 1 > 65535 ? tlsPort - 1 : tlsPort + 1) + " 127.0.0.1",
                    "certfile " + cert, "keyfile " + key))) {
                int port = tlsPort + 1 > 65535 ? tlsPort - 1 : tlsPort + 1;
                BrokerSettings tls = BrokerSettings.plain(BrokerSettings.parseUrl("mqtts://127.0.0.1:" + port))
                        .withCaFile(Optional.of(cert));
                try (RemoteClient client = new RemoteClient(tls, new Topics("rosie"), EnumSet.of(RemoteClient.Follow.STATUS))) {
                    client.connect(RemoteFixture.WAIT);
                    assertThat(client.link().ready()).isTrue();
                }
            }
        }
    }

    private static String mosquittoPub() {
        return sibling("mosquitto_pub");
    }

    /** mosquitto_pub and mosquitto_passwd live in /usr/bin; mosquitto itself in /usr/sbin. */
    private static String sibling(String tool) {
        for (String d : List.of("/usr/bin", "/usr/local/bin", "/usr/sbin")) {
            if (Files.isExecutable(Path.of(d, tool))) {
                return Path.of(d, tool).toString();
            }
        }
        return tool;
    }
}
