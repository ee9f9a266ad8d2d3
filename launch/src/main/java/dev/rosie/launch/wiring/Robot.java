package dev.rosie.launch.wiring;

import dev.rosie.actuation.Executor;
import dev.rosie.actuation.ExecutorConfig;
import dev.rosie.actuation.monitor.EmergencyStop;
import dev.rosie.actuation.monitor.MonitorLimits;
import dev.rosie.actuation.monitor.RuntimeMonitor;
import dev.rosie.core.world.Point;
import dev.rosie.core.world.Sighting;
import dev.rosie.core.ManualClock;
import dev.rosie.core.action.Clarification;
import dev.rosie.core.action.Plan;
import dev.rosie.core.action.Planner;
import dev.rosie.core.action.PlannerResult;
import dev.rosie.core.action.Refusal;
import dev.rosie.core.command.Command;
import dev.rosie.core.command.Source;
import dev.rosie.core.execution.ExecutionEvent;
import dev.rosie.core.execution.ExecutionListener;
import dev.rosie.core.robot.SensorReading;
import dev.rosie.core.world.RobotState;
import dev.rosie.core.world.WorldModel;
import dev.rosie.core.world.WorldSnapshot;
import dev.rosie.perception.intake.CommandIntake;
import dev.rosie.perception.intake.IntakeResult;
import dev.rosie.safety.ApprovedPlan;
import dev.rosie.safety.SafetyGuard;
import dev.rosie.safety.Verdict;
import dev.rosie.sim.SimDriver;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One robot: the loop from text to motion. Intake makes a command, the planner proposes, the guard
 * decides, the executor runs the approved plan on the simulated body, and every step is journaled
 * in the world model. The control loop ticks the executor and the simulator in lock step on a
 * {@link ManualClock}, so a ten-minute clean takes well under a second of wall time.
 */
public final class Robot implements AutoCloseable {
    private final WorldModel world;
    private final CommandIntake intake;
    private final Planner planner;
    private final SafetyGuard guard;
    private final SimDriver body;
    private final ManualClock clock;
    private final Duration maxRun;
    private final Journal journal;
    private final Executor executor;
    private final TurnListener observer;
    private final EmergencyStop estop;
    private final RuntimeMonitor monitor;
    /** Where people and pets were last seen, refreshed from the world at each turn, for the slow zone. */
    private volatile List<Point> beings = List.of();
    private final List<ExecutionEvent> events = new ArrayList<>();
    private final AutoCloseable plannerResources;

    public Robot(WorldModel world, CommandIntake intake, Planner planner, SafetyGuard guard, SimDriver body,
            ManualClock clock, ExecutorConfig motion, TurnListener observer, Duration maxRun) {
        this(world, intake, planner, guard, body, clock, motion, observer, maxRun, new EmergencyStop());
    }

    /**
     * A robot whose every velocity command passes the runtime monitor (speed cap from the policy,
     * slow zone around people and pets last seen, no-go geofence, bumper, cliff, e-stop).
     */
    public Robot(WorldModel world, CommandIntake intake, Planner planner, SafetyGuard guard, SimDriver body,
            ManualClock clock, ExecutorConfig motion, TurnListener observer, Duration maxRun, EmergencyStop estop) {
        this(world, intake, planner, guard, body, clock, motion, observer, maxRun, estop, () -> {
        });
    }

    /** As above; {@code plannerResources} (what the planner holds: a loaded model) is released on close. */
    public Robot(WorldModel world, CommandIntake intake, Planner planner, SafetyGuard guard, SimDriver body,
            ManualClock clock, ExecutorConfig motion, TurnListener observer, Duration maxRun, EmergencyStop estop,
            AutoCloseable plannerResources) {
        this.plannerResources = Objects.requireNonNull(plannerResources, "plannerResources");
        this.world = Objects.requireNonNull(world, "world");
        this.intake = Objects.requireNonNull(intake, "intake");
        this.planner = Objects.requireNonNull(planner, "planner");
        this.guard = Objects.requireNonNull(guard, "guard");
        this.body = Objects.requireNonNull(body, "body");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.maxRun = Objects.requireNonNull(maxRun, "maxRun");
        this.journal = new Journal(world);
        this.observer = Objects.requireNonNull(observer, "observer");
        ExecutionListener log = event -> {
            events.add(event);
            journal.execution(event);
            observer.on(event);
        };
        this.estop = estop;
        this.monitor = new RuntimeMonitor(body, MonitorLimits.withMaxSpeed(guard.policy().limits().maxSpeed()), estop,
                body.map(), () -> beings, clock);
        this.executor = new Executor(monitor, log, motion, estop);
    }

    public ManualClock clock() {
        return clock;
    }

    public WorldModel world() {
        return world;
    }

    /** The simulated body, for ground truth in reports and the safety suite. */
    public SimDriver body() {
        return body;
    }

    public EmergencyStop emergencyStop() {
        return estop;
    }

    public RuntimeMonitor monitor() {
        return monitor;
    }

    public String plannerName() {
        return planner.name();
    }

    /** Runs one piece of text from {@code source} through the whole loop and says what became of it. */
    public Turn handle(String text, Source source) {
        return switch (intake.submit(text, source)) {
            case IntakeResult.Rejected r -> {
                journal.rejected(clock.instant(), source, r);
                yield new Turn.NotACommand(r.reason());
            }
            case IntakeResult.Accepted a -> handle(a.command());
        };
    }

    private Turn handle(Command command) {
        journal.command(command);
        observer.accepted(command);
        WorldSnapshot snapshot = world.snapshot();
        PlannerResult proposal = planner.plan(command, snapshot);
        journal.proposal(clock.instant(), planner.name(), proposal);
        observer.proposed(planner.name(), proposal);
        return switch (proposal) {
            case Clarification c -> new Turn.Clarified(command, planner.name(), c);
            case Refusal r -> new Turn.Refused(command, planner.name(), Optional.empty(), r, "planner");
            case Plan plan -> review(command, plan, snapshot);
        };
    }

    private Turn review(Command command, Plan plan, WorldSnapshot snapshot) {
        Verdict verdict = guard.review(command, plan, snapshot);
        journal.verdict(clock.instant(), command, verdict);
        observer.judged(verdict);
        return switch (verdict) {
            case Verdict.Refused r -> new Turn.Refused(command, planner.name(), Optional.of(plan), r.refusal(), "guard");
            case ApprovedPlan approved -> execute(approved, snapshot);
        };
    }

    private Turn execute(ApprovedPlan approved, WorldSnapshot snapshot) {
        events.clear();
        beings = snapshot.sightings().stream()
                .filter(s -> s.fresh(clock.instant(), guard.policy().sightingMaxAge()))
                .map(Sighting::position).toList();
        Instant start = clock.instant();
        double distanceBefore = body.distanceTravelled();
        executor.submit(approved, snapshot.map(), beings, start);
        Instant deadline = start.plus(maxRun);
        while (executor.busy() && clock.instant().isBefore(deadline)) {
            body.step();
            executor.tick(clock.instant());
        }
        if (executor.busy()) {
            executor.interrupt(clock.instant());
        }
        SensorReading last = body.read();
        world.updateRobot(new RobotState(body.truePose(), last.battery(), last.docked()));
        boolean succeeded = events.stream().anyMatch(e -> e instanceof ExecutionEvent.PlanFinished f && f.succeeded());
        return new Turn.Executed(approved.command(), planner.name(), approved.plan(), approved.policy(), events, succeeded,
                Duration.between(start, clock.instant()), body.distanceTravelled() - distanceBefore);
    }

    @Override
    public void close() {
        try {
            world.close();
        } finally {
            try {
                plannerResources.close();
            } catch (Exception e) {
                throw new IllegalStateException("cannot release the planner's resources: " + e.getMessage(), e);
            }
        }
    }
}
