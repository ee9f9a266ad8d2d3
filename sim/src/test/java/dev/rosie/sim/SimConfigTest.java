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

    @Test
    void should_turn_every_source_of_sensor_noise_off_in_the_exact_config() {
        SimConfig exact = SimConfig.exact();
        assertThat(exact.sensors().odometry().none()).isTrue();
        assertThat(exact.sensors().scanner().rangeNoise()).isZero();
        assertThat(SimConfig.DEFAULT.sensors().odometry().none()).as("the executor steers on odometry").isTrue();
        assertThat(SimConfig.DEFAULT.sensors().scanner().rangeNoise()).isPositive();
        assertThat(SimConfig.realistic().sensors().odometry()).isEqualTo(OdometryNoise.SMALL);
        assertThat(exact.withScanner(SimConfig.DEFAULT.sensors().scanner())).isEqualTo(SimConfig.DEFAULT);
    }

    @Test
    void should_give_the_body_only_constructor_default_sensors_and_world() {
        SimConfig d = SimConfig.DEFAULT;
        SimConfig bodyOnly = new SimConfig(d.step(), d.maxLinear(), d.maxAngular(), d.linearAccel(), d.angularAccel(),
                d.robotRadius(), d.drainPerMetre(), d.drainPerSuctionSecond(), d.chargePerSecond(), d.initialBattery(),
                d.dockTolerance(), d.commandTimeout(), d.seed());
        assertThat(bodyOnly).isEqualTo(d);
        assertThat(d.sensors().cliffZones()).containsExactly(SensorConfig.STAIRS);
    }

    @Test
    void should_name_the_bad_field_of_a_sensor_or_world_setting() {
        assertThatThrownBy(() -> new ScannerConfig(true, 0, Math.PI, 8, 0, Duration.ofMillis(100)))
                .hasMessageContaining("beams");
        assertThatThrownBy(() -> new ScannerConfig(true, 10, 7.0, 8, 0, Duration.ofMillis(100)))
                .hasMessageContaining("fieldOfView");
        assertThatThrownBy(() -> ScannerConfig.DEFAULT.withRangeNoise(-0.1)).hasMessageContaining("rangeNoise");
        assertThatThrownBy(() -> CameraConfig.DEFAULT.withSize(0, 240)).hasMessageContaining("width");
        assertThatThrownBy(() -> new OdometryNoise(0, Double.NaN, 0, 0, 0)).hasMessageContaining("rotation");
        assertThatThrownBy(() -> new DirtConfig(2, 1.5, 0.5, 3)).hasMessageContaining("roomVariation");
        assertThatThrownBy(() -> new WalkerConfig(1, 0.5, 0.2, 0.1, Duration.ofSeconds(5), Duration.ofSeconds(1),
                Duration.ofSeconds(5), 0.05)).hasMessageContaining("minPause");
        assertThatThrownBy(() -> SimConfig.DEFAULT.withSpeedCap(0)).hasMessageContaining("speedCap");
        assertThatThrownBy(() -> SimConfig.DEFAULT.withCliffZones(java.util.Set.of("Stairs!")))
                .hasMessageContaining("cliff zone");
        assertThatThrownBy(() -> new Sign("s", " ", new dev.rosie.core.world.Point(0, 0), 0))
                .hasMessageContaining("no text");
    }
}
