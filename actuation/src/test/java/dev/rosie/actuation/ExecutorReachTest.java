package dev.rosie.actuation;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rosie.actuation.motion.StudyMap;
import dev.rosie.core.ManualClock;
import dev.rosie.core.action.Action;
import dev.rosie.core.action.Plan;
import dev.rosie.core.command.Command;
import dev.rosie.core.command.CommandId;
import dev.rosie.core.command.Screening;
import dev.rosie.core.command.Source;
import dev.rosie.core.command.Trust;
import dev.rosie.core.execution.ExecutionEvent;
import dev.rosie.core.execution.FailureReason;
import dev.rosie.core.robot.ActuatorResult;
import dev.rosie.core.robot.Capability;
import dev.rosie.core.robot.DriveCommand;
import dev.rosie.core.robot.RobotDriver;
import dev.rosie.core.robot.SensorReading;
import dev.rosie.core.testing.FakeDriver;
import dev.rosie.core.world.HomeMap;
import dev.rosie.core.world.Point;
import dev.rosie.core.world.Pose;
import dev.rosie.core.world.RobotState;
import dev.rosie.core.world.WorldSnapshot;
import dev.rosie.safety.ApprovedPlan;
import dev.rosie.safety.PolicyLoader;
import dev.rosie.safety.SafetyGuard;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Where the executor stands to use the gripper: within the body's reach of the thing and facing it,
 * or nowhere, failing at once, when no spot the body can stand on is near enough. On the ideal body,
 * with a gripper that notes where the body was when it was asked.
 */
class ExecutorReachTest {
    private static final Duration TICK = Duration.ofMillis(20);
    /** The default body's 0.17 m radius and 0.3 m gripper. */
    private static final double ARM = 0.17 + 0.3;

    private final ManualClock clock = new ManualClock(Instant.parse("2026-11-22T09:00:00Z"));
    private final HomeMap map = StudyMap.withDoor(true);
    private final Arm body = new Arm(new FakeDriver(StudyMap.DOCK, clock,
            EnumSet.of(Capability.DRIVE, Capability.GRIPPER)));
    private final List<ExecutionEvent> events = new ArrayList<>();
    private final Executor executor = new Executor(body, events::add, ExecutorConfig.defaults());
    private final SafetyGuard guard = new SafetyGuard(new PolicyLoader().loadReference(), clock);

    @Test
    void should_stand_within_reach_of_the_book_at_the_desks_front_facing_it_before_gripping() {
        run(new Action.PickUp("book"));

        assertThat(failures()).isEmpty();
        assertThat(body.askedAt).hasSize(1);
        Pose at = body.askedAt.getFirst();
        assertThat(at.position().distanceTo(StudyMap.BOOK)).isLessThanOrEqualTo(ARM);
        assertThat(Math.abs(bearing(at, StudyMap.BOOK))).isLessThan(0.2);
        assertThat(at.y()).isLessThan(StudyMap.DESK_AREA.minY() - 0.17);
    }

    @Test
    void should_fail_at_once_without_moving_when_the_paper_is_out_of_reach_from_anywhere() {
        run(new Action.PickUp("paper"));

        List<ExecutionEvent.StepFailed> failed = failures();
        assertThat(failed).hasSize(1);
        assertThat(failed.getFirst().reason()).isEqualTo(FailureReason.MANIPULATION_FAILED);
        assertThat(failed.getFirst().detail())
                .isEqualTo("the paper is out of reach from anywhere I can stand: the closest I can get is 0.58 m from it,"
                        + " and I must stand within 0.41 m of it to reach it (a 0.30 m gripper past my 0.17 m body,"
                        + " less 0.06 m for where I stop)");
        assertThat(body.fake.distanceTravelled()).isZero();
        assertThat(body.askedAt).isEmpty();
    }

    @Test
    void should_fail_as_unreachable_when_the_only_spots_within_reach_are_behind_a_closed_door() {
        HomeMap shut = StudyMap.withDoor(false);
        executor.submit(approve(shut, new Action.PickUp("cup")), shut, clock.instant());
        tickUntilIdle();

        List<ExecutionEvent.StepFailed> failed = failures();
        assertThat(failed).hasSize(1);
        assertThat(failed.getFirst().reason()).isEqualTo(FailureReason.UNREACHABLE);
        assertThat(failed.getFirst().detail()).startsWith("I cannot get to where I could reach the cup")
                .contains("closed doors");
        assertThat(body.askedAt).isEmpty();
    }

    @Test
    void should_put_a_thing_on_the_desk_from_in_front_of_it() {
        run(new Action.PickUp("book"), new Action.Place("book", "desk"));

        assertThat(failures()).isEmpty();
        Pose at = body.releasedAt.getFirst();
        assertThat(StudyMap.DESK_AREA.distanceTo(at.position())).isLessThanOrEqualTo(ARM);
        assertThat(Math.abs(bearing(at, new Point(4.9, 3.55)))).isLessThan(0.2);
    }

    private static double bearing(Pose from, Point to) {
        return Pose.normalizeAngle(Math.atan2(to.y() - from.y(), to.x() - from.x()) - from.theta());
    }

    private void run(Action... steps) {
        executor.submit(approve(map, steps), map, clock.instant());
        tickUntilIdle();
    }

    private void tickUntilIdle() {
        Instant deadline = clock.instant().plus(Duration.ofMinutes(5));
        while (executor.busy() && clock.instant().isBefore(deadline)) {
            body.fake.step(TICK);
            clock.advance(TICK);
            executor.tick(clock.instant());
        }
        assertThat(executor.busy()).isFalse();
    }

    private ApprovedPlan approve(HomeMap home, Action... steps) {
        Command command = new Command(new CommandId("reach"), "test", Source.cli("alex", Trust.OWNER), clock.instant(),
                Screening.CLEAN);
        WorldSnapshot world = new WorldSnapshot(clock.instant(), home, new RobotState(body.fake.pose(), 1.0, false),
                Map.of(), List.of(), List.of());
        return (ApprovedPlan) guard.review(command, new Plan(command.id(), List.of(steps), "test"), world);
    }

    private List<ExecutionEvent.StepFailed> failures() {
        return events.stream().filter(e -> e instanceof ExecutionEvent.StepFailed).map(e -> (ExecutionEvent.StepFailed) e)
                .toList();
    }

    /** The ideal body with a gripper that always closes, noting where the body stood each time. */
    private static final class Arm implements RobotDriver {
        final FakeDriver fake;
        final List<Pose> askedAt = new ArrayList<>();
        final List<Pose> releasedAt = new ArrayList<>();

        Arm(FakeDriver fake) {
            this.fake = fake;
        }

        @Override public String name() { return "arm"; }
        @Override public Set<Capability> capabilities() { return fake.capabilities(); }
        @Override public void drive(DriveCommand command) { fake.drive(command); }
        @Override public void suction(boolean on) { fake.suction(on); }
        @Override public SensorReading read() { return fake.read(); }

        @Override
        public ActuatorResult pickUp(String object) {
            askedAt.add(fake.pose());
            return ActuatorResult.done("picked up " + object);
        }

        @Override
        public ActuatorResult putDown() {
            releasedAt.add(fake.pose());
            return ActuatorResult.done("put down");
        }
    }
}
