package dev.rosie.actuation.monitor;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rosie.core.ManualClock;
import dev.rosie.core.command.Source;
import dev.rosie.core.command.Trust;
import dev.rosie.core.robot.DriveCommand;
import dev.rosie.core.testing.FakeDriver;
import dev.rosie.core.testing.TestMaps;
import dev.rosie.core.world.Point;
import dev.rosie.core.world.Pose;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The monitor changes commands on its own authority, whatever the executor asks. */
class RuntimeMonitorTest {
    private static final Duration TICK = Duration.ofMillis(20);
    private final ManualClock clock = new ManualClock(Instant.parse("2026-11-22T10:00:00Z"));
    private final List<Point> people = new ArrayList<>();
    private final EmergencyStop estop = new EmergencyStop();

    private FakeDriver body = new FakeDriver(new Pose(2.5, 1.0, 0), clock);
    private RuntimeMonitor monitor = monitorOn(body);

    private RuntimeMonitor monitorOn(FakeDriver driver) {
        return new RuntimeMonitor(driver, MonitorLimits.withMaxSpeed(0.5), estop, TestMaps.twoRooms(), () -> people, clock);
    }

    /** One control tick: read, command, let the body move. */
    private void tick(DriveCommand wanted) {
        monitor.read();
        monitor.drive(wanted);
        body.step(TICK);
        clock.advance(TICK);
    }

    @Test
    void should_cap_speed_at_the_policy_limit() {
        for (int i = 0; i < 100; i++) {
            tick(new DriveCommand(2.0, 0));
        }
        assertThat(body.lastCommand().linear()).isEqualTo(0.5);
        assertThat(monitor.count(Intervention.Kind.SPEED_CAP)).isPositive();
    }

    @Test
    void should_ramp_speed_up_no_faster_than_the_acceleration_limit() {
        tick(new DriveCommand(0.5, 0));

        assertThat(body.lastCommand().linear()).isLessThanOrEqualTo(1.0 * 0.02 + 1e-9);
        assertThat(monitor.count(Intervention.Kind.ACCELERATION)).isEqualTo(1);
    }

    @Test
    void should_crawl_near_a_person() {
        people.add(new Point(3.0, 1.0));
        for (int i = 0; i < 100; i++) {
            tick(new DriveCommand(0.5, 0));
        }
        assertThat(body.commands()).allSatisfy(c -> assertThat(c.linear()).isLessThanOrEqualTo(0.2));
        assertThat(monitor.count(Intervention.Kind.SLOW_ZONE)).isPositive();
    }

    @Test
    void should_keep_a_robot_driving_straight_at_the_stairs_out_of_them() {
        body = new FakeDriver(new Pose(0.6, 1.2, Math.PI / 2), clock); // below the stairs, facing them
        monitor = monitorOn(body);
        for (int i = 0; i < 500; i++) {
            tick(new DriveCommand(0.5, 0));
            assertThat(TestMaps.STAIRS_AREA.distanceTo(body.pose().position())).as("body edge vs stairs at %s", body.pose())
                    .isGreaterThan(0.17);
        }
        assertThat(monitor.count(Intervention.Kind.GEOFENCE)).isPositive();
    }

    @Test
    void should_still_let_the_robot_turn_away_at_the_fence() {
        body = new FakeDriver(new Pose(0.6, 1.85, Math.PI / 2), clock);
        monitor = monitorOn(body);
        for (int i = 0; i < 50; i++) {
            tick(new DriveCommand(0.3, 1.0));
            assertThat(body.lastCommand().angular()).isEqualTo(1.0);
        }
        assertThat(TestMaps.STAIRS_AREA.distanceTo(body.pose().position())).isGreaterThan(0.17);
    }

    @Test
    void should_refuse_forward_motion_while_the_bumper_is_pressed_but_allow_backing_off() {
        body.pressBumper(true);
        tick(new DriveCommand(0.3, 0));
        assertThat(body.lastCommand().linear()).isZero();

        tick(new DriveCommand(-0.01, 0));
        assertThat(body.lastCommand().linear()).isNegative();
    }

    @Test
    void should_refuse_forward_motion_over_a_drop() {
        body.cliff(true);
        tick(new DriveCommand(0.3, 0));

        assertThat(body.lastCommand().linear()).isZero();
        assertThat(monitor.count(Intervention.Kind.CLIFF)).isEqualTo(1);
    }

    @Test
    void should_refuse_all_motion_and_suction_while_the_e_stop_is_engaged() {
        estop.engage("test", Source.cli("alex", Trust.OWNER), clock.instant());
        tick(new DriveCommand(0.3, 0.5));
        monitor.suction(true);

        assertThat(body.lastCommand()).isEqualTo(DriveCommand.ZERO);
        assertThat(body.suctionOn()).isFalse();
        assertThat(monitor.count(Intervention.Kind.EMERGENCY_STOP)).isEqualTo(1);
    }
}
