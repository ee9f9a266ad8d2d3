package dev.rosie.core.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import dev.rosie.core.ManualClock;
import dev.rosie.core.robot.Capability;
import dev.rosie.core.robot.DriveCommand;
import dev.rosie.core.world.Point;
import dev.rosie.core.world.Pose;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import org.junit.jupiter.api.Test;

class FakeDriverTest {
    private final ManualClock clock = new ManualClock(Instant.parse("2025-01-01T00:00:00Z"));

    @Test
    void should_drive_straight_exactly_when_commanded_without_turning() {
        FakeDriver body = new FakeDriver(new Pose(1, 1, 0), clock);
        body.drive(new DriveCommand(0.5, 0));
        body.step(Duration.ofSeconds(2));
        assertThat(body.pose().x()).isCloseTo(2.0, within(1e-12));
        assertThat(body.pose().y()).isCloseTo(1.0, within(1e-12));
        assertThat(body.distanceTravelled()).isCloseTo(1.0, within(1e-12));
    }

    @Test
    void should_follow_a_circle_exactly_whatever_the_step_size() {
        FakeDriver coarse = new FakeDriver(new Pose(0, 0, 0), clock);
        FakeDriver fine = new FakeDriver(new Pose(0, 0, 0), clock);
        DriveCommand arc = new DriveCommand(0.5, 1.0); // radius 0.5 m
        coarse.drive(arc);
        fine.drive(arc);
        coarse.step(Duration.ofNanos(Math.round(Math.PI * 1e9)));
        for (int i = 0; i < 100; i++) {
            fine.step(Duration.ofNanos(Math.round(Math.PI * 1e7)));
        }
        // Half a circle of radius 0.5 about (0, 0.5) ends at (0, 1), heading backwards.
        assertThat(coarse.pose().x()).isCloseTo(0, within(1e-6));
        assertThat(coarse.pose().y()).isCloseTo(1, within(1e-6));
        assertThat(Math.abs(coarse.pose().theta())).isCloseTo(Math.PI, within(1e-6));
        assertThat(fine.pose().x()).isCloseTo(coarse.pose().x(), within(1e-6));
        assertThat(fine.pose().y()).isCloseTo(coarse.pose().y(), within(1e-6));
    }

    @Test
    void should_record_commands_and_suction_when_halted() {
        FakeDriver body = new FakeDriver(new Pose(0, 0, 0), clock);
        body.drive(new DriveCommand(0.2, 0.1));
        body.suction(true);
        body.halt();
        assertThat(body.commands()).containsExactly(new DriveCommand(0.2, 0.1), DriveCommand.ZERO);
        assertThat(body.suctionCalls()).containsExactly(true, false);
        assertThat(body.halted()).isTrue();
    }

    @Test
    void should_report_commanded_speeds_and_clock_time_when_read() {
        FakeDriver body = new FakeDriver(new Pose(0, 0, 0), clock);
        body.drive(new DriveCommand(0.3, -0.4));
        clock.advance(Duration.ofSeconds(5));
        var reading = body.read();
        assertThat(reading.at()).isEqualTo(clock.instant());
        assertThat(reading.linear()).isEqualTo(0.3);
        assertThat(reading.angular()).isEqualTo(-0.4);
        assertThat(reading.bumper()).isFalse();
        assertThat(reading.battery()).isEqualTo(1.0);
    }

    @Test
    void should_read_docked_only_when_stopped_near_the_dock() {
        FakeDriver body = new FakeDriver(new Pose(0.1, 0, 0), clock).dockAt(new Point(0, 0));
        assertThat(body.read().docked()).isTrue();
        body.drive(new DriveCommand(0.1, 0));
        assertThat(body.read().docked()).isFalse();
        body.step(Duration.ofSeconds(1));
        body.drive(DriveCommand.ZERO);
        assertThat(body.read().docked()).isFalse();
    }

    @Test
    void should_refuse_to_drive_when_the_body_has_no_drive_capability() {
        FakeDriver body = new FakeDriver(new Pose(0, 0, 0), clock, EnumSet.of(Capability.SUCTION));
        assertThatThrownBy(() -> body.drive(new DriveCommand(0.1, 0))).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("DRIVE");
        body.halt();
        assertThat(body.commands()).containsExactly(DriveCommand.ZERO);
    }

    @Test
    void should_refuse_suction_when_the_body_has_none() {
        FakeDriver body = new FakeDriver(new Pose(0, 0, 0), clock, EnumSet.of(Capability.DRIVE));
        assertThatThrownBy(() -> body.suction(true)).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("SUCTION");
        assertThat(body.capabilities()).containsExactly(Capability.DRIVE);
    }

    @Test
    void should_read_scripted_bumper_and_battery() {
        FakeDriver body = new FakeDriver(new Pose(0, 0, 0), clock).pressBumper(true).battery(0.25);
        assertThat(body.read().bumper()).isTrue();
        assertThat(body.read().battery()).isEqualTo(0.25);
        assertThat(body.reads()).isEqualTo(2);
    }
}
