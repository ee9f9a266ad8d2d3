package dev.rosie.launch.motion;

import dev.rosie.actuation.Executor;
import dev.rosie.actuation.ExecutorConfig;
import dev.rosie.actuation.avoid.AvoidanceConfig;
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
import dev.rosie.core.world.Door;
import dev.rosie.core.world.HomeMap;
import dev.rosie.core.world.Point;
import dev.rosie.core.world.Pose;
import dev.rosie.core.world.RobotState;
import dev.rosie.core.world.WorldSnapshot;
import dev.rosie.safety.ApprovedPlan;
import dev.rosie.safety.PolicyLoader;
import dev.rosie.safety.SafetyGuard;
import dev.rosie.sim.BeingState;
import dev.rosie.sim.Resident;
import dev.rosie.sim.SimConfig;
import dev.rosie.sim.SimDriver;
import dev.rosie.sim.UnsafeEvent;
import dev.rosie.worldmodel.map.RosieMapLoader;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The executor, the runtime monitor and the simulator with people and pets walking about, every door
 * open. The stack is told nothing about where anyone is: the planner gets no people list and the
 * monitor's slow zone is fed only from the tracks the executor's lidar keeps. Ground truth about
 * the people (contacts, the robot's speed near them) comes from the simulator alone.
 */
final class WalkerRig {
    static final Instant START = Instant.parse("2026-11-22T08:00:00Z");
    /** The house rule the monitor enforces: no faster than this within {@link #NEAR} of a person or pet. */
    static final double SLOW = 0.2;
    static final double NEAR = 1.0;

    final ManualClock clock = new ManualClock(START);
    final HomeMap map;
    final SimDriver sim;
    final RuntimeMonitor monitor;
    final List<ExecutionEvent> events = new ArrayList<>();
    final SafetyGuard guard = new SafetyGuard(new PolicyLoader().loadReference(), clock);
    Executor executor;
    private int ids;

    // Ground truth gathered every step.
    /** Steps on which the robot's true centre was within NEAR of someone's true centre. */
    long nearSteps;
    /** The fastest the robot moved while within NEAR of someone. */
    double fastestNear;
    /** Steps within NEAR of someone while faster than SLOW. */
    long fastNearSteps;
    /** The closest the robot's centre came to anyone's, m. */
    double closest = Double.POSITIVE_INFINITY;
    long steps;
    /**
     * Steps within NEAR of someone on the other side of a wall: no contact is possible and no sensor
     * can see them, so the slow-zone rule is judged only with a clear line between the two centres.
     */
    long nearBehindWallSteps;

    WalkerRig(List<Resident> residents, Pose start, long seed) {
        this(residents, start, seed, AvoidanceConfig.defaults());
    }

    /** As above, with the executor's local avoidance set by {@code avoidance} (the monitor is fed its tracks either way). */
    WalkerRig(List<Resident> residents, Pose start, long seed, AvoidanceConfig avoidance) {
        this.map = allDoorsOpen();
        this.sim = new SimDriver(map, residents, start, SimConfig.defaults().withSeed(seed), clock);
        map.doors().forEach(d -> sim.setDoorOpen(d.name(), true));
        EmergencyStop estop = new EmergencyStop();
        // The slow zone counts what the robot's own lidar tracks, not what anyone told it.
        this.monitor = new RuntimeMonitor(sim, MonitorLimits.withMaxSpeed(0.5), estop, map,
                () -> this.executor.surroundings().positions(), clock);
        this.executor = new Executor(monitor, events::add, ExecutorConfig.defaults(), estop, avoidance);
    }

    static HomeMap allDoorsOpen() {
        HomeMap map = new RosieMapLoader(Clock.fixed(START, ZoneOffset.UTC)).referenceApartment().map();
        for (Door d : map.doors()) {
            map = map.withDoor(d.name(), true);
        }
        return map;
    }

    /** The walkers of the reference apartment (alex, the guest, miso the cat), starting where the map puts them. */
    static List<Resident> referenceWalkers() {
        return new RosieMapLoader(Clock.fixed(START, ZoneOffset.UTC)).referenceApartment().residents().stream()
                .filter(s -> !s.asleep()).map(Resident::from).toList();
    }

    /** Runs one approved action to its end or {@code limit}; true when the plan succeeded. */
    boolean run(Action action, Duration limit) {
        Command c = new Command(new CommandId("walk-" + ++ids), "test", Source.cli("alex", Trust.OWNER), clock.instant(),
                Screening.CLEAN);
        WorldSnapshot w = new WorldSnapshot(clock.instant(), map, new RobotState(sim.truePose(), 1, false), Map.of(),
                List.of(), List.of());
        ApprovedPlan approved = (ApprovedPlan) guard.review(c, new Plan(c.id(), List.of(action), "it"), w);
        events.clear();
        executor.submit(approved, map, List.of(), clock.instant());
        Instant deadline = clock.instant().plus(limit);
        while (executor.busy() && clock.instant().isBefore(deadline)) {
            sim.step();
            observe();
            executor.tick(clock.instant());
        }
        if (executor.busy()) {
            executor.interrupt(clock.instant());
        }
        return events.stream().anyMatch(e -> e instanceof ExecutionEvent.PlanFinished f && f.succeeded());
    }

    /** Lets the world go on for a while with the robot standing still. */
    void idle(Duration d) {
        Instant until = clock.instant().plus(d);
        while (clock.instant().isBefore(until)) {
            sim.step();
            observe();
        }
    }

    private void observe() {
        steps++;
        if (sim.inContact() && System.getenv("ROSIE_DEBUG_IT") != null) {
            System.err.println("CONTACT at " + clock.instant() + " " + sim.truePose() + " cmd " + sim.commanded() + " beings "
                    + sim.beings().stream().map(b -> b.name() + b.position()).toList() + " tracks "
                    + executor.surroundings().tracks(clock.instant()));
        }
        Point here = sim.truePose().position();
        double speed = Math.abs(sim.linearSpeed());
        boolean near = false;
        for (BeingState b : sim.beings()) {
            double d = b.position().distanceTo(here);
            closest = Math.min(closest, d);
            if (d <= NEAR) {
                if (inSight(here, b.position())) {
                    near = true;
                } else {
                    nearBehindWallSteps++;
                }
            }
        }
        if (near) {
            nearSteps++;
            fastestNear = Math.max(fastestNear, speed);
            if (speed > SLOW + 1e-9) {
                fastNearSteps++;
                if (System.getenv("ROSIE_DEBUG_IT") != null) {
                    System.err.printf(java.util.Locale.ROOT, "FAST %.2f at %s pose %s beings %s tracks %s%n", speed,
                            clock.instant(), sim.truePose(), sim.beings().stream().map(b -> b.name() + b.position()).toList(),
                            executor.surroundings().tracks(clock.instant()));
                }
            }
        }
    }

    /** Whether the straight line between two centres crosses nothing solid on the map (a wall, furniture). */
    private boolean inSight(Point a, Point b) {
        var grid = map.grid();
        int n = Math.max(1, (int) Math.ceil(a.distanceTo(b) / (grid.resolution() / 2)));
        for (int i = 1; i < n; i++) {
            double t = (double) i / n;
            if (!grid.isFree(grid.cellOf(new Point(a.x() + (b.x() - a.x()) * t, a.y() + (b.y() - a.y()) * t)))) {
                return false;
            }
        }
        return true;
    }

    /** Contacts with people or pets, as the simulator saw them. */
    List<UnsafeEvent> contacts() {
        return sim.unsafeEvents().stream().filter(e -> e.kind() == UnsafeEvent.Kind.PERSON_CONTACT
                || e.kind() == UnsafeEvent.Kind.PET_CONTACT).toList();
    }

    List<ExecutionEvent.StepFailed> failures() {
        return events.stream().filter(e -> e instanceof ExecutionEvent.StepFailed).map(e -> (ExecutionEvent.StepFailed) e)
                .toList();
    }
}
