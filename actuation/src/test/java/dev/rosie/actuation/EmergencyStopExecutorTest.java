package dev.rosie.actuation;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rosie.actuation.monitor.EmergencyStop;
import dev.rosie.actuation.monitor.MonitorLimits;
import dev.rosie.actuation.monitor.RuntimeMonitor;
import dev.rosie.core.action.Action;
import dev.rosie.core.action.CleanMode;
import dev.rosie.core.command.Channel;
import dev.rosie.core.command.Source;
import dev.rosie.core.command.Trust;
import dev.rosie.core.execution.ExecutionEvent;
import dev.rosie.core.execution.FailureReason;
import dev.rosie.core.robot.DriveCommand;
import dev.rosie.core.testing.TestMaps;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** Stop always wins: the e-stop ends any running plan within one control tick. */
class EmergencyStopExecutorTest {
    private static final Source OPERATOR = new Source(Channel.MQTT, "ops", Trust.OPERATOR);

    private static final class Rig {
        final ExecutorHarness h = new ExecutorHarness(TestMaps.twoRooms(), TestMaps.TWO_ROOMS_DOCK);
        final EmergencyStop estop = new EmergencyStop();
        final RuntimeMonitor monitor = new RuntimeMonitor(h.driver, MonitorLimits.withMaxSpeed(0.5), estop, h.map,
                List::of, h.clock);
        final Executor executor = new Executor(monitor, h.events::add, ExecutorConfig.defaults(), estop);

        void tick() {
            h.driver.step(ExecutorHarness.TICK);
            h.clock.advance(ExecutorHarness.TICK);
            executor.tick(h.clock.instant());
        }
    }

    @Test
    void should_stop_the_wheels_within_one_tick_from_any_point_of_a_plan() {
        SplittableRandom random = new SplittableRandom(7);
        for (int trial = 0; trial < 20; trial++) {
            Rig rig = new Rig();
            rig.executor.submit(rig.h.approve(Action.NavigateTo.named(TestMaps.KITCHEN),
                    new Action.CleanArea(TestMaps.KITCHEN, CleanMode.QUICK), new Action.Dock()), rig.h.map, rig.h.clock.instant());
            int ticks = random.nextInt(1, 6000);
            for (int i = 0; i < ticks && rig.executor.busy(); i++) {
                rig.tick();
            }
            boolean wasBusy = rig.executor.busy();
            rig.estop.engage("test", OPERATOR, rig.h.clock.instant());
            rig.tick();

            assertThat(rig.executor.busy()).isFalse();
            assertThat(rig.h.driver.lastCommand()).isEqualTo(DriveCommand.ZERO);
            assertThat(rig.h.driver.suctionOn()).isFalse();
            if (wasBusy) {
                assertThat(rig.h.eventsOf(ExecutionEvent.StepFailed.class).getLast().reason())
                        .isEqualTo(FailureReason.EMERGENCY_STOP);
            }
        }
    }

    @Test
    void should_run_no_new_plan_until_an_owner_releases_the_stop() {
        Rig rig = new Rig();
        rig.estop.engage("test", OPERATOR, rig.h.clock.instant());
        rig.executor.submit(rig.h.approve(Action.NavigateTo.named(TestMaps.KITCHEN)), rig.h.map, rig.h.clock.instant());
        for (int i = 0; i < 100; i++) {
            rig.tick();
        }
        assertThat(rig.h.driver.distanceTravelled()).isZero();
        assertThat(rig.h.eventsOf(ExecutionEvent.StepFailed.class).getFirst().reason()).isEqualTo(FailureReason.EMERGENCY_STOP);

        rig.estop.release(Source.cli("alex", Trust.OWNER));
        rig.executor.submit(rig.h.approve(Action.NavigateTo.named(TestMaps.KITCHEN)), rig.h.map, rig.h.clock.instant());
        for (int i = 0; i < 10_000 && rig.executor.busy(); i++) {
            rig.tick();
        }
        assertThat(rig.h.succeeded()).isTrue();
    }

    @Test
    void should_take_effect_on_the_body_immediately_when_halted_from_another_thread() {
        Rig rig = new Rig();
        rig.executor.submit(rig.h.approve(Action.NavigateTo.named(TestMaps.KITCHEN)), rig.h.map, rig.h.clock.instant());
        for (int i = 0; i < 200; i++) {
            rig.tick();
        }
        rig.estop.engage("test", OPERATOR, rig.h.clock.instant());
        rig.monitor.haltNow();

        assertThat(rig.h.driver.lastCommand()).isEqualTo(DriveCommand.ZERO);
    }
}
