package dev.rosie.launch.wiring;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rosie.core.command.Channel;
import dev.rosie.core.command.Source;
import dev.rosie.core.command.Trust;
import dev.rosie.core.execution.ExecutionEvent;
import dev.rosie.core.execution.FailureReason;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Invariant 3 at the robot: a latched stop pre-empts the running plan within one control tick. */
class RobotEstopTest {
    private static final Source ALEX = Source.cli("alex", Trust.OWNER);

    @TempDir
    Path data;

    private Robot open() {
        return new RobotFactory(new Settings(data, Optional.empty(), Optional.empty()), ZoneOffset.UTC)
                .open(Instant.parse("2025-01-31T10:00:00Z"), TurnListener.silent());
    }

    @Test
    void should_interrupt_a_running_plan_on_the_next_tick_and_leave_the_body_still() {
        try (Robot robot = open()) {
            assertThat(robot.begin("clean the bathroom", ALEX)).isInstanceOf(TurnStart.Running.class);
            for (int i = 0; i < 500; i++) {
                robot.tick();
            }
            assertThat(Math.abs(robot.bodyState().linear()) + Math.abs(robot.bodyState().angular())).isPositive();

            robot.emergencyStop().engage("test", new Source(Channel.MQTT, "ops", Trust.OPERATOR), robot.clock().instant());
            robot.tick();

            assertThat(robot.running()).isFalse();
            Turn.Executed turn = (Turn.Executed) robot.collect().orElseThrow();
            assertThat(turn.succeeded()).isFalse();
            assertThat(turn.events()).anySatisfy(e -> assertThat(e).isInstanceOfSatisfying(ExecutionEvent.StepFailed.class,
                    f -> assertThat(f.reason()).isEqualTo(FailureReason.EMERGENCY_STOP)));
            for (int i = 0; i < 100; i++) {
                robot.tick();
            }
            assertThat(robot.bodyState().linear()).isZero();
            assertThat(robot.bodyState().angular()).isZero();
        }
    }

    @Test
    void should_refuse_to_start_anything_while_engaged_until_an_owner_releases() {
        try (Robot robot = open()) {
            robot.emergencyStop().engage("test", new Source(Channel.MQTT, "ops", Trust.OPERATOR), robot.clock().instant());

            Turn refused = robot.handle("clean the bathroom", ALEX);

            assertThat(refused).isInstanceOfSatisfying(Turn.Refused.class, r -> {
                assertThat(r.refusal().rule()).isEqualTo("e-stop-engaged");
                assertThat(r.by()).isEqualTo("e-stop");
            });
            assertThat(robot.emergencyStop().release(new Source(Channel.MQTT, "ops", Trust.OPERATOR)))
                    .isInstanceOf(dev.rosie.actuation.monitor.EmergencyStop.Release.Refused.class);
            assertThat(robot.emergencyStop().release(new Source(Channel.MQTT, "alex", Trust.OWNER)))
                    .isInstanceOf(dev.rosie.actuation.monitor.EmergencyStop.Release.Released.class);
            assertThat(robot.handle("clean the bathroom", ALEX)).isInstanceOfSatisfying(Turn.Executed.class,
                    e -> assertThat(e.succeeded()).isTrue());
        }
    }

    @Test
    void should_run_a_turn_tick_by_tick_to_the_same_end_as_handle() {
        try (Robot robot = open()) {
            assertThat(robot.begin("go to the kitchen", ALEX)).isInstanceOf(TurnStart.Running.class);
            int ticks = 0;
            while (robot.running()) {
                assertThat(robot.collect()).isEmpty();
                robot.tick();
                ticks++;
            }
            assertThat(robot.collect()).hasValueSatisfying(t -> assertThat(t).isInstanceOfSatisfying(Turn.Executed.class,
                    e -> assertThat(e.succeeded()).isTrue()));
            assertThat(ticks).isPositive();
            assertThat(robot.collect()).isEmpty();
        }
    }
}
