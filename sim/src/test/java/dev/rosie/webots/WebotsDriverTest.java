package dev.rosie.webots;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.data.Offset.offset;

import dev.rosie.core.ManualClock;
import dev.rosie.core.robot.Capability;
import dev.rosie.core.robot.DriveCommand;
import dev.rosie.core.robot.SensorReading;
import dev.rosie.core.world.Pose;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The driver's arithmetic on a stand-in for the Create's devices; Webots itself is not involved. */
class WebotsDriverTest {
    static final Pose DOCK = new Pose(6.0, 6.8, Math.PI / 2);
    static final double DT = 0.016;

    private final ManualClock clock = new ManualClock(Instant.parse("2026-01-01T10:00:00Z"));
    private FakeBody body;
    private WebotsDriver driver;

    @BeforeEach
    void setUp() {
        body = new FakeBody();
        driver = new WebotsDriver(body, CreateSpec.drive(), clock, DOCK, DOCK);
        step();
    }

    private void step() {
        body.advance(DT);
        clock.advance(Duration.ofMillis(16));
        driver.sense(DT);
    }

    @Test
    void should_set_wheel_speeds_from_the_drive_command_at_once() {
        driver.drive(new DriveCommand(0.2, 0.5));
        assertThat(body.leftSpeed).isCloseTo((0.2 - 0.5 * CreateSpec.AXLE_LENGTH / 2) / CreateSpec.WHEEL_RADIUS, offset(1e-9));
        assertThat(body.rightSpeed).isCloseTo((0.2 + 0.5 * CreateSpec.AXLE_LENGTH / 2) / CreateSpec.WHEEL_RADIUS, offset(1e-9));
        assertThat(driver.commanded()).isEqualTo(new DriveCommand(0.2, 0.5));
    }

    @Test
    void should_drive_out_of_the_dock_by_odometry_when_told_to_go_forward() {
        assertThat(driver.read().docked()).isTrue();
        driver.drive(new DriveCommand(0.25, 0));
        for (int i = 0; i < 125; i++) {
            step();
        }
        SensorReading r = driver.read();
        assertThat(r.odometry().x()).isCloseTo(6.0, offset(1e-9));
        assertThat(r.odometry().y()).isCloseTo(6.8 + 0.25 * 125 * DT, offset(1e-9));
        assertThat(r.linear()).isCloseTo(0.25, offset(1e-9));
        assertThat(r.angular()).isCloseTo(0, offset(1e-9));
        assertThat(r.docked()).isFalse();
        assertThat(r.at()).isEqualTo(clock.instant());
    }

    @Test
    void should_report_the_bumper_when_either_switch_is_pressed() {
        assertThat(driver.read().bumper()).isFalse();
        body.bumpers = new double[] {0, 1};
        assertThat(driver.read().bumper()).isTrue();
    }

    @Test
    void should_report_a_cliff_when_any_cliff_sensor_reads_below_the_threshold() {
        assertThat(driver.read().cliff()).isFalse();
        body.cliffs = new double[] {3200, 3200, 40, 3200};
        assertThat(driver.read().cliff()).isTrue();
    }

    @Test
    void should_take_the_localisation_fix_over_odometry_when_gps_and_imu_read() {
        driver.drive(new DriveCommand(0.3, 0));
        step();
        body.localisation = Optional.of(new Pose(2.0, 4.5, 0.3));
        step();
        assertThat(driver.read().odometry()).isEqualTo(new Pose(2.0, 4.5, 0.3));
        body.localisation = Optional.empty();
        step();
        // Odometry carries on from the fix.
        assertThat(driver.read().odometry().x()).isGreaterThan(2.0);
    }

    @Test
    void should_pass_the_lidar_sweep_as_a_scan_after_a_step() {
        assertThat(driver.read().scan()).isEmpty();
        body.lidar = Optional.of(new Body.LidarSweep(new float[] {1f, 2f, 3f}, Math.PI, 8));
        step();
        assertThat(driver.read().scan()).hasValueSatisfying(s -> assertThat(s.ranges()).containsExactly(3f, 2f, 1f));
    }

    @Test
    void should_offer_a_camera_frame_with_the_pose_only_when_the_body_has_a_camera() {
        assertThat(driver.capabilities()).containsExactlyInAnyOrder(Capability.DRIVE, Capability.SUCTION);
        assertThat(driver.camera()).isEmpty();
        body.camera = true;
        body.image = Optional.of(new Body.Image(2, 2, new int[] {0xff0000, 0x00ff00, 0x0000ff, 0xffffff}));
        assertThat(driver.capabilities()).contains(Capability.CAMERA);
        assertThat(driver.camera()).hasValueSatisfying(f -> {
            assertThat(f.width()).isEqualTo(2);
            assertThat(f.pixel(1, 0)).isEqualTo(0x00ff00);
            assertThat(f.pose()).isEqualTo(DOCK);
        });
    }

    @Test
    void should_keep_suction_as_a_flag_and_stop_the_wheels_when_halted() {
        driver.drive(new DriveCommand(0.2, 0));
        driver.suction(true);
        assertThat(driver.suctionOn()).isTrue();
        driver.halt();
        assertThat(driver.suctionOn()).isFalse();
        assertThat(body.leftSpeed).isZero();
        assertThat(body.rightSpeed).isZero();
    }

    @Test
    void should_refuse_a_step_of_no_time() {
        assertThatThrownBy(() -> driver.sense(0)).hasMessageContaining("positive time");
    }
}
