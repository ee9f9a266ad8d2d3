package dev.rosie.ros.node;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.rosie.core.InvalidInputException;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

class NamesAndPoliciesTest {

    @Test
    void should_resolve_global_relative_and_private_names() {
        assertThat(GraphName.resolve("/rosie", "/odom")).isEqualTo("/odom");
        assertThat(GraphName.resolve("/rosie", "cmd_vel")).isEqualTo("/cmd_vel");
        assertThat(GraphName.resolve("/rosie", "~status")).isEqualTo("/rosie/status");
        assertThat(GraphName.node("rosie")).isEqualTo("/rosie");
    }

    @Test
    void should_refuse_an_invalid_name_saying_what_a_valid_one_looks_like() {
        assertThatThrownBy(() -> GraphName.resolve("/rosie", "cmd vel")).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("'cmd vel' is not a valid ROS name");
        assertThatThrownBy(() -> GraphName.node("~me")).hasMessageContaining("cannot be private");
    }

    @Test
    void should_double_the_retry_delay_up_to_the_cap() {
        RetryPolicy p = new RetryPolicy(6, Duration.ofMillis(100), Duration.ofMillis(500));
        assertThat(p.delayAfter(1)).isEqualTo(Duration.ofMillis(100));
        assertThat(p.delayAfter(2)).isEqualTo(Duration.ofMillis(200));
        assertThat(p.delayAfter(3)).isEqualTo(Duration.ofMillis(400));
        assertThat(p.delayAfter(4)).isEqualTo(Duration.ofMillis(500));
        assertThatThrownBy(() -> new RetryPolicy(0, Duration.ZERO, Duration.ZERO)).hasMessageContaining("at least one attempt");
    }

    @Test
    void should_take_master_and_host_from_the_environment_as_ros_tools_do() {
        NodeConfig c = NodeConfig.fromEnvironment("rosie", null,
                Map.of("ROS_MASTER_URI", "http://10.0.0.2:11311", "ROS_HOSTNAME", "robot.local"));
        assertThat(c.name()).isEqualTo("/rosie");
        assertThat(c.masterUri()).hasToString("http://10.0.0.2:11311/");
        assertThat(c.host()).isEqualTo("robot.local");
        NodeConfig explicit = NodeConfig.fromEnvironment("rosie", "http://127.0.0.1:9999/", Map.of("ROS_IP", "127.0.0.2"));
        assertThat(explicit.masterUri()).hasToString("http://127.0.0.1:9999/");
        assertThat(explicit.host()).isEqualTo("127.0.0.2");
    }

    @Test
    void should_refuse_a_master_uri_that_is_not_http_host_port() {
        assertThatThrownBy(() -> NodeConfig.fromEnvironment("rosie", "localhost:11311", Map.of()))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("must look like http://HOST:PORT/");
    }
}
