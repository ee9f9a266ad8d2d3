package dev.rosie.launch.motion;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rosie.actuation.Executor;
import dev.rosie.actuation.ExecutorConfig;
import dev.rosie.actuation.monitor.EmergencyStop;
import dev.rosie.actuation.monitor.MonitorLimits;
import dev.rosie.actuation.monitor.RuntimeMonitor;
import dev.rosie.core.ManualClock;
import dev.rosie.core.action.Action;
import dev.rosie.core.action.Plan;
import dev.rosie.core.command.Command;
import dev.rosie.core.command.CommandId;
import dev.rosie.core.command.Screening;
import dev.rosie.core.command.Source;
import dev.rosie.core.command.Trust;
import dev.rosie.core.execution.ExecutionEvent;
import dev.rosie.core.world.HomeMap;
import dev.rosie.core.world.Pose;
import dev.rosie.core.world.RobotState;
import dev.rosie.core.world.WorldSnapshot;
import dev.rosie.safety.ApprovedPlan;
import dev.rosie.safety.PolicyLoader;
import dev.rosie.safety.SafetyGuard;
import dev.rosie.safety.Verdict;
import dev.rosie.sim.ObjectState;
import dev.rosie.sim.SimDriver;
import dev.rosie.worldmodel.map.RosieMapLoader;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Fetching things in the reference apartment: the executor, the runtime monitor and the simulator
 * together, ticked on a manual clock from the dock. The simulator's gripper is the judge of reach,
 * so these pin the executor's choice of where to stand against the body's physics.
 */
class FetchMotionTest {
    private static final Instant START = Instant.parse("2026-11-22T08:00:00Z");

    private final ManualClock clock = new ManualClock(START);
    private final HomeMap map = new RosieMapLoader(Clock.fixed(START, ZoneOffset.UTC)).referenceApartment().map();
    private final SimDriver sim = new SimDriver(map, map.dock(), clock);
    private final EmergencyStop estop = new EmergencyStop();
    private final List<ExecutionEvent> events = new ArrayList<>();
    private final Executor executor = new Executor(new RuntimeMonitor(sim, MonitorLimits.withMaxSpeed(0.5), estop, map,
            List::of, clock), events::add, ExecutorConfig.defaults(), estop);
    private final SafetyGuard guard = new SafetyGuard(new PolicyLoader().loadReference(), clock);

    @Test
    void should_take_the_laptop_off_the_desk_and_put_it_down_in_the_living_room() {
        run(new Action.PickUp("laptop"), new Action.Place("laptop", "living room"));

        System.err.println("EVENTS " + events.stream().filter(e -> !(e instanceof ExecutionEvent.StepProgress)).toList());
        System.err.println("POSE " + sim.truePose() + " laptop " + laptop());
        assertThat(succeeded()).as("events: %s", failures()).isTrue();
        ObjectState laptop = laptop();
        assertThat(map.room("living room").orElseThrow().area().contains(laptop.position())).isTrue();
        assertThat(laptop.upright()).isTrue();
        assertThat(sim.collisions()).isZero();
        assertThat(sim.unsafeEvents()).isEmpty();
    }

    private ObjectState laptop() {
        return sim.objects().stream().filter(o -> o.name().equals("laptop")).findFirst().orElseThrow();
    }

    private void run(Action... steps) {
        Command command = new Command(new CommandId("fetch-1"), "test", Source.cli("alex", Trust.OWNER), clock.instant(),
                Screening.CLEAN);
        Verdict verdict = guard.review(command, new Plan(command.id(), List.of(steps), "test"), world());
        if (verdict instanceof Verdict.ConfirmationNeeded) {
            verdict = guard.confirm(new Command(new CommandId("fetch-yes"), "yes", Source.cli("alex", Trust.OWNER),
                    clock.instant(), Screening.CLEAN), world());
        }
        assertThat(verdict).isInstanceOf(ApprovedPlan.class);
        executor.submit((ApprovedPlan) verdict, map, clock.instant());
        Instant deadline = clock.instant().plus(Duration.ofMinutes(10));
        while (executor.busy() && clock.instant().isBefore(deadline)) {
            sim.step();
            executor.tick(clock.instant());
        }
    }

    private WorldSnapshot world() {
        return new WorldSnapshot(clock.instant(), map, new RobotState(sim.truePose(), 1, false), Map.of(), List.of(),
                List.of());
    }

    private boolean succeeded() {
        return events.stream().anyMatch(e -> e instanceof ExecutionEvent.PlanFinished f && f.succeeded());
    }

    private List<ExecutionEvent> failures() {
        return events.stream().filter(e -> e instanceof ExecutionEvent.StepFailed).toList();
    }
}
