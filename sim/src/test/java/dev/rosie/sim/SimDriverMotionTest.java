package dev.rosie.sim;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.rosie.core.ManualClock;
import dev.rosie.core.robot.DriveCommand;
import dev.rosie.core.robot.SensorReading;
import dev.rosie.core.testing.TestMaps;
import dev.rosie.core.world.Pose;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class SimDriverMotionTest {
    private static final Instant T0 = Instant.parse("2025-01-01T08:00:00Z");
    private final ManualClock clock = new ManualClock(T0);

    private SimDriver simAt(Pose start) {
        return new SimDriver(TestMaps.twoRooms(), start, SimConfig.DEFAULT, clock);
    }

    @Test
    void should_cover_v_times_t_after_the_acceleration_ramp_when_driving_straight() {
        SimDriver sim = simAt(new Pose(1.0, 1.5, 0));
        sim.drive(new DriveCommand(0.5, 0));
        sim.run(Duration.ofSeconds(3));
        // 0.5 s of ramp at 1 m/s² covers 0.125 m; the remaining 2.5 s at 0.5 m/s cover 1.25 m.
        assertThat(sim.truePose().x()).isCloseTo(1.0 + 1.375, within(1e-9));
        assertThat(sim.truePose().y()).isEqualTo(1.5);
        assertThat(sim.distanceTravelled()).isCloseTo(1.375, within(1e-9));
        assertThat(sim.read().linear()).isEqualTo(0.5);
        assertThat(sim.collisions()).isZero();
    }

    @Test
    void should_turn_in_place_by_omega_times_t_after_the_ramp() {
        SimDriver sim = simAt(new Pose(2.0, 1.5, 0));
        sim.drive(new DriveCommand(0, 1.0));
        sim.run(Duration.ofSeconds(1));
        // 0.25 s of ramp at 4 rad/s² turns 0.125 rad; the remaining 0.75 s turn 0.75 rad.
        assertThat(sim.truePose().theta()).isCloseTo(0.875, within(1e-9));
        assertThat(sim.truePose().position()).isEqualTo(new Pose(2.0, 1.5, 0).position());
        assertThat(sim.distanceTravelled()).isZero();
    }

    @Test
    void should_never_change_speed_faster_than_the_acceleration_limits() {
        SimDriver sim = simAt(new Pose(2.0, 1.5, 0));
        double dt = SimConfig.DEFAULT.stepSeconds();
        double maxDv = SimConfig.DEFAULT.linearAccel() * dt + 1e-12;
        double maxDw = SimConfig.DEFAULT.angularAccel() * dt + 1e-12;
        SensorReading previous = sim.read();
        DriveCommand[] script = {new DriveCommand(0.5, 2.0), new DriveCommand(-0.5, -2.0), DriveCommand.ZERO};
        for (DriveCommand c : script) {
            sim.drive(c);
            for (int i = 0; i < 60; i++) {
                sim.step();
                SensorReading now = sim.read();
                assertThat(Math.abs(now.linear() - previous.linear())).isLessThanOrEqualTo(maxDv);
                assertThat(Math.abs(now.angular() - previous.angular())).isLessThanOrEqualTo(maxDw);
                previous = now;
            }
        }
        assertThat(sim.collisions()).isZero();
        assertThat(previous.linear()).isZero();
        assertThat(previous.angular()).isZero();
    }

    @Test
    void should_reach_only_one_step_of_acceleration_after_one_step() {
        SimDriver sim = simAt(new Pose(2.0, 1.5, 0));
        sim.drive(new DriveCommand(0.5, 2.0));
        sim.step();
        assertThat(sim.linearSpeed()).isCloseTo(0.02, within(1e-15));
        assertThat(sim.angularSpeed()).isCloseTo(0.08, within(1e-15));
    }

    @Test
    void should_clamp_commands_to_the_speed_caps() {
        SimDriver sim = simAt(new Pose(2.0, 1.5, 0));
        sim.drive(new DriveCommand(5.0, 10.0));
        sim.run(Duration.ofSeconds(1));
        assertThat(sim.read().linear()).isEqualTo(0.5);
        assertThat(sim.read().angular()).isEqualTo(2.0);
        sim.drive(new DriveCommand(-5.0, -10.0));
        sim.run(Duration.ofSeconds(2));
        assertThat(sim.read().linear()).isEqualTo(-0.5);
        assertThat(sim.read().angular()).isEqualTo(-2.0);
        assertThat(sim.collisions()).isZero();
    }

    @Test
    void should_advance_the_clock_by_exactly_one_step_per_step() {
        SimDriver sim = simAt(new Pose(2.0, 1.5, 0));
        sim.step();
        assertThat(clock.instant()).isEqualTo(T0.plusMillis(20));
        sim.run(Duration.ofMillis(1001));
        assertThat(sim.ticks()).isEqualTo(1 + 51);
        assertThat(clock.instant()).isEqualTo(T0.plus(sim.elapsed()));
        assertThat(sim.read().at()).isEqualTo(clock.instant());
    }

    @Test
    void should_hold_a_set_point_until_replaced_when_the_watchdog_is_off() {
        SimDriver sim = simAt(new Pose(1.0, 1.5, 0));
        sim.drive(new DriveCommand(0.2, 0));
        sim.run(Duration.ofSeconds(5));
        assertThat(sim.linearSpeed()).isEqualTo(0.2);
    }

    @Test
    void should_stop_by_itself_when_commands_stop_arriving_and_the_watchdog_is_on() {
        SimConfig config = SimConfig.DEFAULT.withCommandTimeout(Duration.ofMillis(500));
        SimDriver sim = new SimDriver(TestMaps.twoRooms(), new Pose(1.0, 1.5, 0), config, clock);
        sim.drive(new DriveCommand(0.2, 0));
        sim.run(Duration.ofMillis(400));
        assertThat(sim.linearSpeed()).isEqualTo(0.2);
        sim.run(Duration.ofSeconds(1));
        assertThat(sim.linearSpeed()).isZero();
        sim.drive(new DriveCommand(0.2, 0));
        sim.step();
        assertThat(sim.linearSpeed()).isGreaterThan(0);
    }

    @Test
    void should_stop_and_switch_suction_off_when_halted() {
        SimDriver sim = simAt(new Pose(1.0, 1.5, 0));
        sim.drive(new DriveCommand(0.3, 0.5));
        sim.suction(true);
        sim.run(Duration.ofSeconds(1));
        sim.halt();
        sim.run(Duration.ofSeconds(1));
        assertThat(sim.suctionOn()).isFalse();
        assertThat(sim.read().linear()).isZero();
        assertThat(sim.read().angular()).isZero();
    }

    @Test
    void should_simulate_ten_minutes_of_driving_in_a_circle_without_touching_anything() {
        SimDriver sim = simAt(new Pose(2.0, 1.0, 0));
        sim.suction(true);
        sim.drive(new DriveCommand(0.3, 0.6)); // a 0.5 m circle about (2.0, 1.5)
        sim.run(Duration.ofMinutes(10));
        assertThat(sim.ticks()).isEqualTo(30_000);
        assertThat(clock.instant()).isEqualTo(T0.plus(Duration.ofMinutes(10)));
        assertThat(sim.collisions()).isZero();
        assertThat(sim.distanceTravelled()).isCloseTo(0.3 * 600, within(0.1));
        // The ramp shifts the circle's centre a little; the circle itself has radius v/w.
        assertThat(sim.truePose().position().distanceTo(new Pose(2.0, 1.5, 0).position())).isCloseTo(0.5, within(0.05));
    }
}
