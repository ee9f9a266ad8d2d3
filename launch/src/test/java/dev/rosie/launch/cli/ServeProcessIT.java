package dev.rosie.launch.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.rosie.remote.Topics;
import dev.rosie.remote.client.RemoteClient;
import dev.rosie.remote.link.BrokerSettings;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The command lines of issue 9, exactly as an operator types them: {@code rosie serve} as its own
 * process (embedded broker), {@code rosie remote keygen|send|estop|release|watch} against it, a plain
 * {@code mosquitto_pub}, and SIGTERM ending it with exit code 0 and a retained "offline" status.
 */
class ServeProcessIT {
    private static final Duration WAIT = Duration.ofSeconds(60);

    @TempDir
    Path data;

    @Test
    void should_serve_until_sigterm_and_answer_every_remote_command_line() throws Exception {
        int port = freePort();
        String p = Integer.toString(port);
        Process serve = startServe(p);
        List<String> output = new ArrayList<>();
        CountDownLatch ready = new CountDownLatch(1);
        Thread reader = new Thread(() -> {
            try (BufferedReader in = new BufferedReader(new InputStreamReader(serve.getInputStream(), StandardCharsets.UTF_8))) {
                for (String line; (line = in.readLine()) != null; ) {
                    synchronized (output) {
                        output.add(line);
                    }
                    if (line.startsWith(ServeCommand.READY)) {
                        ready.countDown();
                    }
                }
            } catch (IOException e) {
                // the process ended
            }
        });
        reader.start();
        try {
            assertThat(ready.await(WAIT.toSeconds(), TimeUnit.SECONDS)).as("serve became ready: " + output).isTrue();

            CliRun keygen = CliRun.of("remote", "keygen", "--principal", "alex", "--trust", "owner", "--data", data.toString());
            assertThat(keygen.exitCode()).as(keygen.err()).isZero();
            Path key = Path.of(keygen.out().strip());
            assertThat(key).exists();

            try (RemoteClient watcher = new RemoteClient(BrokerSettings.plain(URI.create("tcp://127.0.0.1:" + port)),
                    new Topics("rosie"), EnumSet.allOf(RemoteClient.Follow.class)).connect(WAIT)) {
                Process pub = new ProcessBuilder(tool("mosquitto_pub"), "-h", "127.0.0.1", "-p", p, "-t", "rosie/rosie/cmd",
                        "-m", "{\"text\":\"open the front door\"}").inheritIO().start();
                assertThat(pub.waitFor(30, TimeUnit.SECONDS)).isTrue();
                JsonNode rejected = watcher.await(RemoteClient.event("rejected"), WAIT).orElseThrow().json().orElseThrow();
                assertThat(rejected.get("untrusted").asBoolean()).isTrue();
                assertThat(rejected.get("reason").asText()).contains("rejected as untrusted");

                CliRun send = CliRun.of("remote", "send", "go to the kitchen", "--key", key.toString(), "--mqtt-port", p);
                assertThat(send.exitCode()).as(send.out() + send.err()).isEqualTo(ExitCodes.DONE);
                assertThat(send.out()).contains("ack: accepted from alex (owner)").contains("safety guard: APPROVED")
                        .contains("outcome: succeeded");

                CliRun estop = CliRun.of("remote", "estop", "--data", data.toString(), "--mqtt-port", p);
                assertThat(estop.exitCode()).as(estop.out() + estop.err()).isZero();
                assertThat(estop.out()).contains("e-stop engaged by mqtt/alex (owner)");
                CliRun refused = CliRun.of("remote", "send", "go to the kitchen", "--key", key.toString(), "--mqtt-port", p);
                assertThat(refused.exitCode()).isEqualTo(ExitCodes.REFUSED);
                assertThat(refused.out()).contains("outcome: refused (rule e-stop-engaged)").contains("emergency stop is engaged");
                CliRun release = CliRun.of("remote", "release", "--key", key.toString(), "--mqtt-port", p);
                assertThat(release.exitCode()).as(release.out() + release.err()).isZero();
                assertThat(release.out()).contains("e-stop released");

                CliRun watch = CliRun.of("remote", "watch", "--count", "2", "--mqtt-port", p);
                assertThat(watch.exitCode()).isZero();
                assertThat(watch.out()).contains("status: online").contains("telemetry #");

                // SIGTERM. (Process.destroy() would also close our end of its output before we read the last lines.)
                assertThat(serve.toHandle().destroy()).isTrue();
                assertThat(serve.waitFor(WAIT.toSeconds(), TimeUnit.SECONDS)).isTrue();
                assertThat(serve.exitValue()).as(String.join("\n", output)).isZero();
                JsonNode offline = watcher.await(m -> m.leaf().equals("status")
                        && m.json().get().get("state").asText().equals("offline"), WAIT).orElseThrow().json().orElseThrow();
                assertThat(offline.get("reason").asText()).isEqualTo("shutdown");
            }
            reader.join(WAIT.toMillis());
            assertThat(output).contains("stopped.");
            assertThat(output).anySatisfy(l -> assertThat(l).contains("alex (owner").contains("go to the kitchen"));
        } finally {
            serve.destroyForcibly();
        }
    }

    private Process startServe(String port) throws IOException {
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        List<String> command = new ArrayList<>(List.of(java.toString(), "--enable-native-access=ALL-UNNAMED",
                "-Dai.djl.offline=true", "-cp", System.getProperty("java.class.path"), RosieCli.class.getName(), "serve",
                "--data", data.toString(), "--mqtt-port", port, "--speed", "100"));
        return new ProcessBuilder(command).redirectError(data.resolve("serve.err").toFile()).start();
    }

    private static String tool(String name) {
        for (String d : List.of("/usr/bin", "/usr/local/bin")) {
            if (Files.isExecutable(Path.of(d, name))) {
                return Path.of(d, name).toString();
            }
        }
        return name;
    }

    private static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return s.getLocalPort();
        }
    }
}
