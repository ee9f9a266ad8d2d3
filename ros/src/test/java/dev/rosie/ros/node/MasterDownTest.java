package dev.rosie.ros.node;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.rosie.ros.testing.LogCapture;
import dev.rosie.ros.testing.RosProcesses;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** No master listening: the node retries per its policy, says so, and fails cleanly without leaking sockets. */
class MasterDownTest {

    @Test
    void should_retry_a_closed_master_port_then_fail_with_a_clear_retriable_error() throws Exception {
        int port = RosProcesses.freePort(); // free, so nothing listens there
        URI master = URI.create("http://127.0.0.1:" + port + "/");
        List<Duration> waits = new ArrayList<>();
        NodeConfig config = new NodeConfig("/rosie", master, "127.0.0.1",
                new RetryPolicy(3, Duration.ofMillis(20), Duration.ofMillis(40)), Duration.ofSeconds(2));
        try (LogCapture log = LogCapture.ros()) {
            assertThatThrownBy(() -> Node.start(config, waits::add))
                    .isInstanceOf(MasterUnreachableException.class)
                    .hasMessageContaining("ROS master at " + master + " is unreachable after 3 attempts")
                    .hasMessageContaining("is roscore running there and is ROS_MASTER_URI right?")
                    .satisfies(e -> assertThat(((MasterUnreachableException) e).retriable()).isTrue());
            assertThat(log.await("unreachable (attempt 1 of 3, getUri); retrying in 20 ms", Duration.ZERO)).startsWith("WARNING");
            assertThat(log.await("unreachable (attempt 2 of 3, getUri); retrying in 40 ms", Duration.ZERO)).isNotNull();
        }
        assertThat(waits).containsExactly(Duration.ofMillis(20), Duration.ofMillis(40));
    }

    @Test
    void should_wait_for_real_between_attempts_with_the_default_sleeper() {
        int port;
        try {
            port = RosProcesses.freePort();
        } catch (java.io.IOException e) {
            throw new AssertionError(e);
        }
        NodeConfig config = new NodeConfig("/rosie", URI.create("http://127.0.0.1:" + port + "/"), "127.0.0.1",
                new RetryPolicy(2, Duration.ofMillis(10), Duration.ofMillis(10)), Duration.ofSeconds(2));
        assertThatThrownBy(() -> Node.start(config)).isInstanceOf(MasterUnreachableException.class)
                .hasMessageContaining("after 2 attempts");
    }
}
