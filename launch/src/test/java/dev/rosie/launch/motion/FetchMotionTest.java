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
import dev.rosie.core.execution.FailureReason;
import dev.rosie.core.world.HomeMap;
import dev.rosie.core.world.Point;
import dev.rosie.core.world.Pose;
import dev.rosie.core.world.RobotState;
import dev.rosie.core.world.WorldObject;
import dev.rosie.core.world.WorldSnapshot;
import dev.rosie.safety.ApprovedPlan;
import dev.rosie.safety.PolicyLoader;
import dev.rosie.safety.SafetyGuard;
import dev.rosie.safety.Verdict;
import dev.rosie.sim.ObjectState;
import dev.rosie.sim.SimConfig;
import dev.rosie.sim.SimDriver;
import dev.rosie.worldmodel.map.RosieMapLoader;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
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
    private final HomeMap reference = new RosieMapLoader(Clock.fixed(START, ZoneOffset.UTC)).referenceApartment().map();
    private final List<ExecutionEvent> events = new ArrayList<>();
    /** Where the body truly was when each step ended, by step index. */
    private final Map<Integer, Pose> stoodAt = new HashMap<>();
    private final SafetyGuard guard = new SafetyGuard(new PolicyLoader().loadReference(), clock);
    private HomeMap map;
    private SimDriver sim;
    private Executor executor;

    private void start(HomeMap home) {
        map = home;
        sim = new SimDriver(home, home.dock(), clock);
        EmergencyStop estop = new EmergencyStop();
        executor = new Executor(new RuntimeMonitor(sim, MonitorLimits.withMaxSpeed(0.5), estop, home, List::of, clock),
                e -> {
                    events.add(e);
                    if (e instanceof ExecutionEvent.StepDone d) {
                        stoodAt.put(d.index(), sim.truePose());
                    }
                }, ExecutorConfig.defaults(), estop);
    }

    @Test
    void should_choose_where_to_stand_with_the_simulated_bodys_own_size_and_reach() {
        // The executor's figures are its own copy of the body's: if they drift apart, it stands
        // where it thinks the laptop is in reach and the body's gripper says it is not.
        assertThat(ExecutorConfig.defaults().reach()).isEqualTo(SimConfig.DEFAULT.reach());
        assertThat(ExecutorConfig.defaults().robotRadius()).isEqualTo(SimConfig.DEFAULT.robotRadius());
    }

    @Test
    void should_take_the_laptop_off_the_desk_and_put_it_down_in_the_living_room() {
        start(reference);
        run(new Action.PickUp("laptop"), new Action.Place("laptop", "living room"));

        assertThat(succeeded()).as("failures: %s", failures()).isTrue();
        Pose picked = stoodAt.get(0);
        Point desk = new Point(12.9, 10.85);
        // In front of the desk, facing the laptop, within the body's reach of it (0.17 m body + 0.3 m arm).
        assertThat(picked.y()).isLessThan(10.7 - 0.17);
        assertThat(picked.position().distanceTo(desk)).isLessThanOrEqualTo(0.47);
        double bearing = Pose.normalizeAngle(Math.atan2(desk.y() - picked.y(), desk.x() - picked.x()) - picked.theta());
        assertThat(Math.abs(bearing)).isLessThan(0.2);
        ObjectState laptop = object("laptop");
        assertThat(map.room("living room").orElseThrow().area().contains(laptop.position())).isTrue();
        assertThat(laptop.carried()).isFalse();
        assertThat(laptop.upright()).isTrue();
        assertThat(sim.collisions()).isZero();
        assertThat(sim.unsafeEvents()).isEmpty();
    }

    @Test
    void should_put_the_sock_into_the_laundry_basket_from_beside_it() {
        start(reference);
        run(new Action.PickUp("sock"), new Action.Place("sock", "laundry basket"));

        assertThat(succeeded()).as("failures: %s", failures()).isTrue();
        assertThat(object("sock").support()).isEqualTo("laundry basket");
        assertThat(sim.collisions()).isZero();
        assertThat(sim.unsafeEvents()).isEmpty();
    }

    @Test
    void should_refuse_at_once_saying_how_far_when_the_laptop_lies_in_the_middle_of_the_desk() {
        // The map as it was before the laptop moved to the desk's front edge: 0.35 m of desk from the
        // edge the robot can come to, 0.58 m from the nearest spot free for its body.
        start(withObjectAt(reference, "laptop", new Point(12.9, 11.05)));
        run(new Action.PickUp("laptop"), new Action.Place("laptop", "living room"));

        assertThat(succeeded()).isFalse();
        ExecutionEvent.StepFailed failed = failures().getFirst();
        assertThat(failed.index()).isZero();
        assertThat(failed.reason()).isEqualTo(FailureReason.MANIPULATION_FAILED);
        assertThat(failed.detail()).contains("the laptop is out of reach from anywhere I can stand")
                .contains("the closest I can get is 0.58 m from it").contains("within 0.41 m");
        // On the first control tick, before driving anywhere.
        assertThat(failed.at()).isEqualTo(START.plus(sim.config().step()));
        assertThat(sim.distanceTravelled()).isZero();
        assertThat(object("laptop").support()).isEqualTo("desk");
    }

    private static HomeMap withObjectAt(HomeMap home, String name, Point at) {
        List<WorldObject> objects = home.objects().stream()
                .map(o -> o.name().equals(name)
                        ? new WorldObject(o.name(), o.objectClass(), at, o.room(), o.footprint(), o.obstacle(), o.tags())
                        : o)
                .toList();
        return new HomeMap(home.name(), home.grid(), home.rooms(), home.doors(), home.zones(), objects, home.dock());
    }

    private ObjectState object(String name) {
        return sim.objects().stream().filter(o -> o.name().equals(name)).findFirst().orElseThrow();
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

    private List<ExecutionEvent.StepFailed> failures() {
        return events.stream().filter(e -> e instanceof ExecutionEvent.StepFailed).map(e -> (ExecutionEvent.StepFailed) e)
                .toList();
    }
}
