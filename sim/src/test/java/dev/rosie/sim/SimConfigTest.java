package dev.rosie.sim;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class SimConfigTest {

    @Test
    void should_describe_a_create_sized_robot_by_default() {
        SimConfig c = SimConfig.defaults();
        assertThat(c.step()).isEqualTo(Duration.ofMillis(20));
        assertThat(c.maxLinear()).isEqualTo(0.5);
        assertThat(c.maxAngular()).isEqualTo(2.0);
        assertThat(c.linearAccel()).isEqualTo(1.0);
        assertThat(c.angularAccel()).isEqualTo(4.0);
        assertThat(c.robotRadius()).isEqualTo(0.17);
        assertThat(c.dockTolerance()).isEqualTo(0.15);
        assertThat(c.commandTimeout()).isZero();
    }

    @Test
    void should_name_the_bad_field_when_a_config_is_invalid() {
        assertThatThrownBy(() -> SimConfig.DEFAULT.withStep(Duration.ZERO)).hasMessageContaining("step");
        assertThatThrownBy(() -> SimConfig.DEFAULT.withSpeedLimits(-1, 2)).hasMessageContaining("maxLinear");
        assertThatThrownBy(() -> SimConfig.DEFAULT.withAccelerationLimits(1, Double.NaN)).hasMessageContaining("angularAccel");
        assertThatThrownBy(() -> SimConfig.DEFAULT.withInitialBattery(1.5)).hasMessageContaining("initialBattery");
        assertThatThrownBy(() -> SimConfig.DEFAULT.withCommandTimeout(Duration.ofMillis(-1)))
                .hasMessageContaining("commandTimeout");
    }

    @Test
    void should_change_only_the_named_field_with_a_wither() {
        SimConfig c = SimConfig.DEFAULT.withSeed(99);
        assertThat(c.seed()).isEqualTo(99);
        assertThat(c.withSeed(SimConfig.DEFAULT.seed())).isEqualTo(SimConfig.DEFAULT);
    }
}
