package dev.rosie.launch.motion;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rosie.actuation.Executor;
import dev.rosie.actuation.ExecutorConfig;
import dev.rosie.core.ManualClock;
import dev.rosie.core.action.Action;
import dev.rosie.core.action.Plan;
import dev.rosie.core.command.Command;
import dev.rosie.core.command.CommandId;
import dev.rosie.core.command.Screening;
import dev.rosie.core.command.Source;
import dev.rosie.core.command.Trust;
import dev.rosie.core.world.HomeMap;
import dev.rosie.core.world.RobotState;
import dev.rosie.core.world.WorldSnapshot;
import dev.rosie.launch.wiring.RobotFactory;
import dev.rosie.safety.ApprovedPlan;
import dev.rosie.safety.PolicyLoader;
import dev.rosie.safety.SafetyGuard;
import dev.rosie.sim.SimConfig;
import dev.rosie.sim.SimDriver;
import dev.rosie.worldmodel.map.RosieMapLoader;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** When the control loop hangs mid-drive, the body's own watchdog stops the wheels. */
class BodyWatchdogIT {
    private static final Instant START = Instant.parse("2026-11-22T08:00:00Z");

    @Test
    void should_stop_the_wheels_when_the_controller_stops_ticking() {
        ManualClock clock = new ManualClock(START);
        HomeMap map = new RosieMapLoader(Clock.fixed(START, ZoneOffset.UTC)).referenceApartment().map();
        SimDriver sim = new SimDriver(map, map.dock(),
                SimConfig.defaults().withCommandTimeout(RobotFactory.BODY_WATCHDOG), clock);
        Executor executor = new Executor(sim, e -> { }, ExecutorConfig.defaults());
        Command c = new Command(new CommandId("w-1"), "go to the kitchen", Source.cli("alex", Trust.OWNER), START,
                Screening.CLEAN);
        WorldSnapshot w = new WorldSnapshot(START, map, new RobotState(map.dock(), 1, true), Map.of(), List.of(), List.of());
        ApprovedPlan approved = (ApprovedPlan) new SafetyGuard(new PolicyLoader().loadReference(), clock)
                .review(c, new Plan(c.id(), List.of(Action.NavigateTo.named("kitchen")), "test"), w);
        executor.submit(approved, map, clock.instant());
        for (int i = 0; i < 250; i++) { // five seconds of normal control
            sim.step();
            executor.tick(clock.instant());
        }
        assertThat(Math.abs(sim.linearSpeed()) + Math.abs(sim.angularSpeed())).as("moving before the hang").isPositive();

        // The controller hangs: the simulated world goes on, no more ticks, no more commands.
        for (int i = 0; i < 50; i++) {
            sim.step();
        }
        double stoppedAt = sim.distanceTravelled();
        for (int i = 0; i < 100; i++) {
            sim.step();
        }

        assertThat(sim.linearSpeed()).isZero();
        assertThat(sim.angularSpeed()).isZero();
        assertThat(sim.distanceTravelled()).isEqualTo(stoppedAt);
        assertThat(executor.busy()).as("the executor never heard").isTrue();
        assertThat(Duration.ofMillis(50 * 20)).isGreaterThan(RobotFactory.BODY_WATCHDOG);
    }
}
