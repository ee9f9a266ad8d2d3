package dev.rosie.launch.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Bad remote command lines get one clear line naming the problem, and the usage exit code. */
class RemoteUsageTest {
    @TempDir
    Path data;

    @Test
    void should_print_the_key_file_path_and_nothing_else_on_stdout() {
        CliRun run = CliRun.of("remote", "keygen", "--principal", "alex", "--trust", "operator", "--data", data.toString());

        assertThat(run.exitCode()).isZero();
        assertThat(Path.of(run.out().strip())).exists().startsWith(data);
        assertThat(run.err()).contains("registered in").contains("keys.json");
    }

    @Test
    void should_refuse_a_trust_a_remote_key_cannot_have() {
        CliRun run = CliRun.of("remote", "keygen", "--principal", "alex", "--trust", "guest", "--data", data.toString());

        assertThat(run.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(run.err().strip()).isEqualTo("rosie: --trust must be owner or operator for a remote key, not guest");
    }

    @Test
    void should_name_a_missing_key_file() {
        CliRun run = CliRun.of("remote", "send", "clean the kitchen", "--key", data.resolve("none.key").toString());

        assertThat(run.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(run.err()).contains("none.key does not exist").contains("rosie remote keygen");
    }

    @Test
    void should_name_an_unusable_broker_url() throws Exception {
        Path key = Path.of(CliRun.of("remote", "keygen", "--principal", "alex", "--trust", "owner", "--data",
                data.toString()).out().strip());

        CliRun run = CliRun.of("remote", "send", "clean the kitchen", "--key", key.toString(), "--mqtt", "http://x:1");

        assertThat(run.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(run.err()).contains("scheme 'http'").contains("tcp://");
        assertThat(CliRun.of("remote", "send", "x", "--key", key.toString(), "--mqtt", "tcp://u:p@host:1883").err())
                .contains("carries credentials").doesNotContain("u:p");
    }

    @Test
    void should_say_when_no_broker_answers() throws Exception {
        Path key = Path.of(CliRun.of("remote", "keygen", "--principal", "alex", "--trust", "owner", "--data",
                data.toString()).out().strip());
        int closed;
        try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            closed = s.getLocalPort();
        }

        CliRun run = CliRun.of("remote", "send", "clean the kitchen", "--key", key.toString(), "--mqtt-port",
                Integer.toString(closed), "--connect-timeout", "1");

        assertThat(run.exitCode()).isEqualTo(ExitCodes.FAILED);
        assertThat(run.err()).contains("cannot reach the MQTT broker at tcp://127.0.0.1:" + closed + " within 1 s");
    }

    @Test
    void should_ask_for_a_key_when_none_can_release() throws Exception {
        CliRun.of("remote", "keygen", "--principal", "ops", "--trust", "operator", "--data", data.toString());

        CliRun run = CliRun.of("remote", "release", "--data", data.toString());

        assertThat(run.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(run.err()).contains("no owner key in").contains("--key FILE");
    }

    @Test
    void should_refuse_a_bad_speed_for_serve() throws Exception {
        CliRun run = CliRun.of("serve", "--data", data.toString(), "--speed", "0");

        assertThat(run.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(run.err()).contains("--speed must be more than 0");
        assertThat(Files.exists(data.resolve("world.db"))).isFalse();
    }
}
