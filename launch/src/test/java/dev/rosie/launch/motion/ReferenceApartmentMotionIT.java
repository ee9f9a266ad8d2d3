package dev.rosie.launch.motion;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rosie.actuation.Executor;
import dev.rosie.actuation.ExecutorConfig;
import dev.rosie.actuation.monitor.EmergencyStop;
import dev.rosie.actuation.monitor.MonitorLimits;
import dev.rosie.actuation.monitor.RuntimeMonitor;
import dev.rosie.actuation.motion.CostMap;
import dev.rosie.core.ManualClock;
import dev.rosie.core.action.Action;
import dev.rosie.core.action.CleanMode;
import dev.rosie.core.action.Plan;
import dev.rosie.core.action.Target;
import dev.rosie.core.command.Command;
import dev.rosie.core.command.CommandId;
import dev.rosie.core.command.Screening;
import dev.rosie.core.command.Source;
import dev.rosie.core.command.Trust;
import dev.rosie.core.execution.ExecutionEvent;
import dev.rosie.core.world.Cell;
import dev.rosie.core.world.Door;
import dev.rosie.core.world.HomeMap;
import dev.rosie.core.world.Point;
import dev.rosie.core.world.RobotState;
import dev.rosie.core.world.Room;
import dev.rosie.core.world.WorldSnapshot;
import dev.rosie.safety.ApprovedPlan;
import dev.rosie.safety.PolicyLoader;
import dev.rosie.safety.SafetyGuard;
import dev.rosie.sim.SimDriver;
import dev.rosie.worldmodel.map.RosieMapLoader;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * The executor, monitor and simulator together in the reference apartment with every door open:
 * seeded start/goal pairs are reached, and every room is covered.
 */
class ReferenceApartmentMotionIT {
    private static final Instant START = Instant.parse("2026-11-22T08:00:00Z");

    private final class Rig {
        final ManualClock clock = new ManualClock(START);
        final HomeMap map;
        final SimDriver sim;
        final List<ExecutionEvent> events = new ArrayList<>();
        final Executor executor;
        final SafetyGuard guard = new SafetyGuard(new PolicyLoader().loadReference(), clock);
        int ids;

        Rig(HomeMap map, Point start) {
            this.map = map;
            this.sim = new SimDriver(map, new dev.rosie.core.world.Pose(start.x(), start.y(), 0), clock);
            map.doors().forEach(d -> sim.setDoorOpen(d.name(), true));
            EmergencyStop estop = new EmergencyStop();
            RuntimeMonitor monitor = new RuntimeMonitor(sim, MonitorLimits.withMaxSpeed(0.5), estop, map, List::of, clock);
            this.executor = new Executor(monitor, events::add, ExecutorConfig.defaults(), estop);
        }

        boolean run(Action action, Duration limit) {
            Command c = new Command(new CommandId("it-" + ++ids), "test", Source.cli("alex", Trust.OWNER), clock.instant(),
                    Screening.CLEAN);
            WorldSnapshot w = new WorldSnapshot(clock.instant(), map, new RobotState(sim.truePose(), 1, false), Map.of(),
                    List.of(), List.of());
            ApprovedPlan approved = (ApprovedPlan) guard.review(c, new Plan(c.id(), List.of(action), "it"), w);
            events.clear();
            executor.submit(approved, map, clock.instant());
            Instant deadline = clock.instant().plus(limit);
            while (executor.busy() && clock.instant().isBefore(deadline)) {
                sim.step();
                if (sim.inContact() && System.getenv("ROSIE_DEBUG_IT") != null) {
                    System.err.println("CONTACT at " + sim.truePose() + " cmd " + sim.commanded());
                }
                executor.tick(clock.instant());
            }
            return events.stream().anyMatch(e -> e instanceof ExecutionEvent.PlanFinished f && f.succeeded());
        }
    }

    private static HomeMap allDoorsOpen() {
        HomeMap map = new RosieMapLoader(Clock.fixed(START, java.time.ZoneOffset.UTC)).referenceApartment().map();
        for (Door d : map.doors()) {
            map = map.withDoor(d.name(), true);
        }
        return map;
    }

    @Test
    void should_reach_at_least_98_percent_of_50_seeded_goals_without_collisions() {
        HomeMap map = allDoorsOpen();
        CostMap costs = new CostMap(map, 0.17, 0.03 + 0.25);
        List<Point> free = new ArrayList<>();
        for (Room room : map.rooms()) {
            for (Cell c : map.grid().cellsInside(room.area())) {
                if (!costs.blocked(c) && room.name().equals("balcony") == false) {
                    free.add(map.grid().centerOf(c));
                }
            }
        }
        SplittableRandom random = new SplittableRandom(2026);
        Rig rig = new Rig(map, map.dock().position());
        int reached = 0;
        for (int i = 0; i < 50; i++) {
            Point goal = free.get(random.nextInt(free.size()));
            if (rig.run(new Action.NavigateTo(new Target.Coordinates(goal.x(), goal.y())), Duration.ofMinutes(5))
                    && rig.sim.truePose().position().distanceTo(goal) < 0.15) {
                reached++;
            }
        }
        assertThat(reached).isGreaterThanOrEqualTo(49);
        assertThat(rig.sim.collisions()).isZero();
        assertThat(rig.sim.noGoEntries()).isZero();
    }

    @Test
    void should_cover_at_least_95_percent_of_the_reachable_floor_of_every_room() {
        HomeMap map = allDoorsOpen();
        Rig rig = new Rig(map, map.dock().position());
        for (Room room : map.rooms()) {
            assertThat(rig.run(new Action.CleanArea(room.name(), CleanMode.NORMAL), Duration.ofMinutes(60)))
                    .as("cleaning the %s: %s", room.name(), rig.events.stream()
                            .filter(e -> e instanceof ExecutionEvent.StepFailed).toList()).isTrue();
            ExecutionEvent.CleaningFinished done = rig.events.stream()
                    .filter(e -> e instanceof ExecutionEvent.CleaningFinished).map(e -> (ExecutionEvent.CleaningFinished) e)
                    .findFirst().orElseThrow();
            assertThat(done.coverage()).as("coverage of the %s: %s of %s", room.name(), done.run().cells().size(), done.floorCells()).isGreaterThanOrEqualTo(0.95);
        }
        assertThat(rig.sim.noGoEntries()).isZero();
    }
}
