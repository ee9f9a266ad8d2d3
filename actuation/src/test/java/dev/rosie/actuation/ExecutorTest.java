package dev.rosie.actuation;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rosie.core.action.Action;
import dev.rosie.core.action.CleanMode;
import dev.rosie.core.action.Target;
import dev.rosie.core.execution.ExecutionEvent;
import dev.rosie.core.execution.FailureReason;
import dev.rosie.core.robot.DriveCommand;
import dev.rosie.core.testing.TestMaps;
import dev.rosie.core.world.CleaningOutcome;
import dev.rosie.core.world.Point;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class ExecutorTest {
    private final ExecutorHarness h = new ExecutorHarness(TestMaps.twoRooms(), TestMaps.TWO_ROOMS_DOCK);

    @Test
    void should_drive_through_the_doorway_to_the_kitchen_and_stop() {
        h.submit(Action.NavigateTo.named(TestMaps.KITCHEN));
        h.runFor(Duration.ofMinutes(3));

        assertThat(h.succeeded()).isTrue();
        Point kitchen = h.map.room(TestMaps.KITCHEN).orElseThrow().area().centroid();
        assertThat(h.driver.pose().position().distanceTo(kitchen)).isLessThan(0.15);
        assertThat(h.driver.lastCommand()).isEqualTo(DriveCommand.ZERO);
        assertThat(h.executor.busy()).isFalse();
    }

    @Test
    void should_never_cross_the_no_go_zone_on_the_way() {
        h.submit(new Action.NavigateTo(new Target.Coordinates(1.5, 2.6)));
        while (h.executor.busy()) {
            h.tick();
            assertThat(TestMaps.STAIRS_AREA.contains(h.driver.pose().position()))
                    .as("robot centre inside the stairs at %s", h.driver.pose()).isFalse();
        }
        assertThat(h.succeeded()).isTrue();
    }

    @Test
    void should_clean_the_room_log_its_cells_and_turn_suction_off_when_done() {
        h.submit(new Action.CleanArea(TestMaps.KITCHEN, CleanMode.NORMAL));
        h.runFor(Duration.ofMinutes(30));

        assertThat(h.succeeded()).isTrue();
        ExecutionEvent.CleaningFinished done = h.eventsOf(ExecutionEvent.CleaningFinished.class).getFirst();
        assertThat(done.run().room()).isEqualTo(TestMaps.KITCHEN);
        assertThat(done.run().outcome()).isEqualTo(CleaningOutcome.COMPLETED);
        assertThat(done.coverage()).isGreaterThan(0.85);
        assertThat(done.run().cells()).allSatisfy(c ->
                assertThat(TestMaps.KITCHEN_FLOOR.contains(h.map.grid().centerOf(c))).isTrue());
        assertThat(h.driver.suctionOn()).isFalse();
        assertThat(h.driver.suctionCalls()).contains(true);
    }

    @Test
    void should_return_to_the_dock() {
        h.submit(Action.NavigateTo.named(TestMaps.KITCHEN), new Action.Dock());
        h.runFor(Duration.ofMinutes(5));

        assertThat(h.succeeded()).isTrue();
        assertThat(h.driver.pose().position().distanceTo(TestMaps.TWO_ROOMS_DOCK.position())).isLessThan(0.1);
    }

    @Test
    void should_fail_as_unreachable_when_the_only_door_is_closed() {
        var closed = TestMaps.twoRooms().withDoor(TestMaps.KITCHEN_DOOR, false);
        ExecutorHarness shut = new ExecutorHarness(closed, TestMaps.TWO_ROOMS_DOCK);
        shut.submit(Action.NavigateTo.named(TestMaps.KITCHEN));
        shut.runFor(Duration.ofMinutes(1));

        ExecutionEvent.StepFailed failed = shut.eventsOf(ExecutionEvent.StepFailed.class).getFirst();
        assertThat(failed.reason()).isEqualTo(FailureReason.UNREACHABLE);
        assertThat(failed.detail()).contains("closed doors");
        assertThat(shut.succeeded()).isFalse();
        assertThat(shut.driver.distanceTravelled()).isZero();
    }

    @Test
    void should_fail_and_log_no_completed_clean_when_the_room_cannot_be_reached() {
        var closed = TestMaps.twoRooms().withDoor(TestMaps.KITCHEN_DOOR, false);
        ExecutorHarness shut = new ExecutorHarness(closed, TestMaps.TWO_ROOMS_DOCK);
        shut.submit(new Action.CleanArea(TestMaps.KITCHEN, CleanMode.NORMAL));
        shut.runFor(Duration.ofMinutes(1));

        ExecutionEvent.StepFailed failed = shut.eventsOf(ExecutionEvent.StepFailed.class).getFirst();
        assertThat(failed.reason()).isEqualTo(FailureReason.UNREACHABLE);
        assertThat(failed.detail()).contains("no way into the " + TestMaps.KITCHEN);
        ExecutionEvent.CleaningFinished logged = shut.eventsOf(ExecutionEvent.CleaningFinished.class).getFirst();
        assertThat(logged.run().outcome()).isEqualTo(CleaningOutcome.FAILED);
        assertThat(logged.run().cells()).isEmpty();
        assertThat(shut.driver.suctionOn()).isFalse();
    }

    @Test
    void should_fail_cleanly_when_the_body_has_no_gripper() {
        h.submit(new Action.PickUp(TestMaps.TOY_CAR));
        h.runFor(Duration.ofSeconds(1));

        ExecutionEvent.StepFailed failed = h.eventsOf(ExecutionEvent.StepFailed.class).getFirst();
        assertThat(failed.reason()).isEqualTo(FailureReason.MISSING_CAPABILITY);
        assertThat(failed.detail()).contains("gripper");
        assertThat(h.driver.distanceTravelled()).isZero();
    }

    @Test
    void should_skip_the_rest_of_the_plan_after_a_failed_step() {
        h.submit(new Action.PickUp(TestMaps.TOY_CAR), Action.NavigateTo.named(TestMaps.KITCHEN));
        h.runFor(Duration.ofMinutes(2));

        assertThat(h.eventsOf(ExecutionEvent.StepStarted.class)).hasSize(1);
        assertThat(h.driver.distanceTravelled()).isZero();
    }

    @Test
    void should_leave_the_body_stopped_with_suction_off_when_interrupted_mid_clean() {
        h.submit(new Action.CleanArea(TestMaps.LIVING_ROOM, CleanMode.NORMAL));
        for (int i = 0; i < 500; i++) {
            h.tick();
        }
        assertThat(h.driver.suctionOn()).isTrue();

        h.executor.interrupt(h.clock.instant());

        assertThat(h.executor.busy()).isFalse();
        assertThat(h.driver.lastCommand()).isEqualTo(DriveCommand.ZERO);
        assertThat(h.driver.suctionOn()).isFalse();
        ExecutionEvent.CleaningFinished partial = h.eventsOf(ExecutionEvent.CleaningFinished.class).getFirst();
        assertThat(partial.run().outcome()).isEqualTo(CleaningOutcome.INTERRUPTED);
        assertThat(h.eventsOf(ExecutionEvent.StepFailed.class).getFirst().reason()).isEqualTo(FailureReason.INTERRUPTED);
    }

    @Test
    void should_interrupt_the_running_plan_when_a_new_one_arrives() {
        h.submit(Action.NavigateTo.named(TestMaps.KITCHEN));
        for (int i = 0; i < 100; i++) {
            h.tick();
        }
        h.submit(new Action.Dock());
        h.runFor(Duration.ofMinutes(3));

        assertThat(h.eventsOf(ExecutionEvent.PlanFinished.class)).extracting(ExecutionEvent.PlanFinished::succeeded)
                .containsExactly(false, true);
        assertThat(h.driver.pose().position().distanceTo(TestMaps.TWO_ROOMS_DOCK.position())).isLessThan(0.1);
    }

    @Test
    void should_fail_as_blocked_when_the_body_makes_no_progress() {
        ExecutorHarness stuck = new ExecutorHarness(TestMaps.twoRooms(), TestMaps.TWO_ROOMS_DOCK);
        stuck.submit(Action.NavigateTo.named(TestMaps.KITCHEN));
        stuck.driver.pressBumper(true);
        // The ideal body moves whatever it is told; freeze it by never stepping it.
        java.time.Instant deadline = stuck.clock.instant().plus(Duration.ofSeconds(30));
        while (stuck.executor.busy() && stuck.clock.instant().isBefore(deadline)) {
            stuck.clock.advance(ExecutorHarness.TICK);
            stuck.executor.tick(stuck.clock.instant());
        }
        ExecutionEvent.StepFailed failed = stuck.eventsOf(ExecutionEvent.StepFailed.class).getFirst();
        assertThat(failed.reason()).isEqualTo(FailureReason.BLOCKED);
        assertThat(failed.detail()).contains("bumped into something");
        assertThat(stuck.driver.lastCommand()).isEqualTo(DriveCommand.ZERO);
    }

    @Test
    void should_announce_what_it_says() {
        h.submit(new Action.Say("hello alex"), new Action.Wait(Duration.ofSeconds(2)));
        h.runFor(Duration.ofSeconds(5));

        assertThat(h.eventsOf(ExecutionEvent.Said.class)).extracting(ExecutionEvent.Said::text).containsExactly("hello alex");
        assertThat(h.succeeded()).isTrue();
    }
}
