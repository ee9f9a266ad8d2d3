package dev.rosie.actuation.avoid;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rosie.core.robot.DriveCommand;
import dev.rosie.core.world.Point;
import dev.rosie.core.world.Pose;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class VelocityGuardTest {
    private static final Instant NOW = Instant.parse("2026-11-22T08:00:00Z");
    private static final Pose ROBOT = new Pose(2.0, 2.0, 0.0); // facing +x
    private static final DriveCommand CRUISE = new DriveCommand(0.35, 0.1);

    private final VelocityGuard guard = new VelocityGuard(AvoidanceConfig.defaults(), 0.17);

    private static Track person(double x, double y, double vx, double vy) {
        return new Track(1, new Point(x, y), vx, vy, 0.18, 5, NOW);
    }

    @Test
    void should_pass_the_command_when_nothing_is_tracked() {
        assertThat(guard.check(CRUISE, ROBOT, List.of())).isEqualTo(new VelocityGuard.Decision(CRUISE,
                VelocityGuard.Kind.CLEAR, List.of()));
    }

    @Test
    void should_crawl_near_someone_keeping_the_turn_rate() {
        VelocityGuard.Decision d = guard.check(CRUISE, ROBOT, List.of(person(2.0, 3.1, 0, 0))); // 1.1 m to the left
        assertThat(d.kind()).isEqualTo(VelocityGuard.Kind.SLOWED);
        assertThat(d.command().linear()).isLessThanOrEqualTo(0.17).isPositive();
        assertThat(d.command().angular()).isEqualTo(0.1);
    }

    @Test
    void should_slow_for_someone_walking_up_before_they_reach_the_slow_zone() {
        // 1.6 m ahead, walking toward the robot at 1 m/s: inside the slow zone within the look-ahead.
        assertThat(guard.check(CRUISE, ROBOT, List.of(person(3.8, 2.0, -1.0, 0))).command().linear()).isLessThanOrEqualTo(0.17);
        assertThat(guard.check(CRUISE, ROBOT, List.of(person(3.8, 2.0, 0, 0))).kind()).isEqualTo(VelocityGuard.Kind.CLEAR);
    }

    @Test
    void should_creep_up_to_someone_standing_in_the_way_then_yield() {
        assertThat(guard.check(CRUISE, ROBOT, List.of(person(2.6, 2.0, 0, 0))).command().linear()).isBetween(0.01, 0.1);
        VelocityGuard.Decision d = guard.check(CRUISE, ROBOT, List.of(person(2.45, 2.0, 0, 0)));
        assertThat(d.kind()).isEqualTo(VelocityGuard.Kind.YIELDING);
        assertThat(d.command()).isEqualTo(DriveCommand.ZERO);
        assertThat(d.blockers()).extracting(Track::id).containsExactly(1);
    }

    @Test
    void should_yield_to_someone_about_to_cross_ahead_and_go_once_they_have_passed() {
        Track crossing = person(2.55, 1.2, 0, 1.0); // will be straight ahead in 0.8 s
        assertThat(guard.check(CRUISE, ROBOT, List.of(crossing)).command().linear()).isLessThan(0.1);
        Track passed = person(2.55, 3.3, 0, 1.0); // walking away on the far side
        assertThat(guard.check(CRUISE, ROBOT, List.of(passed)).command().linear()).isPositive();
    }

    @Test
    void should_drive_away_from_someone_close_behind_but_not_back_into_them() {
        Track behind = person(1.55, 2.0, 0, 0);
        assertThat(guard.check(CRUISE, ROBOT, List.of(behind)).command().linear()).isPositive();
        assertThat(guard.check(new DriveCommand(-0.1, 0), ROBOT, List.of(behind)).command()).isEqualTo(DriveCommand.ZERO);
    }

    @Test
    void should_always_let_the_robot_turn_on_the_spot() {
        DriveCommand spin = new DriveCommand(0, 1.0);
        assertThat(guard.check(spin, ROBOT, List.of(person(2.4, 2.0, 0, 0))).command()).isEqualTo(spin);
    }

    @Test
    void should_change_nothing_when_avoidance_is_off() {
        VelocityGuard off = new VelocityGuard(AvoidanceConfig.disabled(), 0.17);
        assertThat(off.check(CRUISE, ROBOT, List.of(person(2.6, 2.0, 0, 0))).command()).isEqualTo(CRUISE);
    }
}
