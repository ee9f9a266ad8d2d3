package dev.rosie.actuation;

import dev.rosie.actuation.monitor.EmergencyStop;
import dev.rosie.actuation.motion.CostMap;
import dev.rosie.actuation.motion.CoveragePlanner;
import dev.rosie.actuation.motion.GridPlanner;
import dev.rosie.core.action.Action;
import dev.rosie.core.action.Plan;
import dev.rosie.core.action.Target;
import dev.rosie.core.command.Command;
import dev.rosie.core.execution.ExecutionEvent;
import dev.rosie.core.execution.ExecutionListener;
import dev.rosie.core.execution.FailureReason;
import dev.rosie.core.robot.Capability;
import dev.rosie.core.robot.RobotDriver;
import dev.rosie.core.robot.SensorReading;
import dev.rosie.core.world.HomeMap;
import dev.rosie.core.world.Point;
import dev.rosie.safety.ApprovedPlan;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * Runs approved plans on control ticks. It accepts only {@link ApprovedPlan}, which only the
 * safety guard can make, so an unchecked plan has no way to reach the driver. One plan at a time:
 * a new plan interrupts the current one, and every step's end leaves the body stopped.
 */
public final class Executor {
    /** The floor a standing person or a pet takes up, for path planning around them. */
    static final double PERSON_RADIUS = 0.3;

    private final RobotDriver driver;
    private final ExecutionListener listener;
    private final ExecutorConfig config;
    private final EmergencyStop estop;

    private ApprovedPlan current;
    private HomeMap map;
    private GridPlanner planner;
    private CoveragePlanner coverage;
    private int stepIndex;
    private ActionRun run;
    private int lastProgressDecile;

    public Executor(RobotDriver driver, ExecutionListener listener, ExecutorConfig config) {
        this(driver, listener, config, new EmergencyStop());
    }

    /** An executor that drops whatever it runs, within one tick, when {@code estop} engages. */
    public Executor(RobotDriver driver, ExecutionListener listener, ExecutorConfig config, EmergencyStop estop) {
        this.driver = Objects.requireNonNull(driver, "driver");
        this.listener = Objects.requireNonNull(listener, "listener");
        this.config = Objects.requireNonNull(config, "config");
        this.estop = Objects.requireNonNull(estop, "estop");
    }

    /**
     * Starts running {@code approved} against {@code home}, interrupting whatever ran before. Motion
     * is planned on the map as it is now (closed doors and no-go zones are walls).
     */
    public void submit(ApprovedPlan approved, HomeMap home, Instant now) {
        submit(approved, home, java.util.List.of(), now);
    }

    /**
     * As {@link #submit(ApprovedPlan, HomeMap, Instant)}, planning paths that keep clear of the
     * people and pets at {@code people} (where they were last seen).
     */
    public void submit(ApprovedPlan approved, HomeMap home, java.util.List<Point> people, Instant now) {
        Objects.requireNonNull(approved, "an executor runs only plans the safety guard approved");
        Objects.requireNonNull(home, "home");
        interrupt(now);
        current = approved;
        map = home;
        CostMap costs = new CostMap(home, config.robotRadius(), config.margin(), people, PERSON_RADIUS);
        planner = new GridPlanner(costs);
        coverage = new CoveragePlanner(costs, 2 * config.robotRadius());
        stepIndex = -1;
        emit(new ExecutionEvent.PlanStarted(commandId(), now, plan().steps().size()));
        startNext(now);
        if (estop.engaged()) {
            stopForEmergency(now);
        }
    }

    /** Whether a plan is running. */
    public boolean busy() {
        return current != null;
    }

    /** One control tick: read the sensors, advance the current step, command the body. */
    public void tick(Instant now) {
        if (current == null) {
            return;
        }
        if (estop.engaged()) {
            stopForEmergency(now);
            return;
        }
        SensorReading reading = driver.read();
        StepStatus status = run.tick(reading, now);
        switch (status) {
            case StepStatus.Running r -> progress(r.progress(), reading, now);
            case StepStatus.Done d -> {
                run.end(false, now);
                emit(new ExecutionEvent.StepDone(commandId(), now, stepIndex, step()));
                startNext(now);
            }
            case StepStatus.Failed f -> {
                run.end(false, now);
                emit(new ExecutionEvent.StepFailed(commandId(), now, stepIndex, step(), f.reason(), f.detail()));
                finish(false, now);
            }
        }
    }

    /** Stops the running plan, if any, leaving the body safe. */
    public void interrupt(Instant now) {
        if (current == null) {
            return;
        }
        run.end(true, now);
        emit(new ExecutionEvent.StepFailed(commandId(), now, stepIndex, step(), FailureReason.INTERRUPTED, "interrupted"));
        finish(false, now);
    }

    private void stopForEmergency(Instant now) {
        if (current == null) {
            return;
        }
        run.end(true, now);
        String why = estop.state().map(e -> "e-stop engaged by " + e.by() + ": " + e.reason()).orElse("e-stop engaged");
        emit(new ExecutionEvent.StepFailed(commandId(), now, stepIndex, step(), FailureReason.EMERGENCY_STOP, why));
        finish(false, now);
    }

    private void startNext(Instant now) {
        stepIndex++;
        if (stepIndex >= plan().steps().size()) {
            finish(true, now);
            return;
        }
        lastProgressDecile = 0;
        emit(new ExecutionEvent.StepStarted(commandId(), now, stepIndex, step()));
        run = start(step(), now);
    }

    private ActionRun start(Action step, Instant now) {
        return switch (step) {
            case Action.NavigateTo n -> destination(n.target())
                    .map(p -> Drive.to(p, driver, planner, config))
                    .orElseGet(() -> failed(FailureReason.UNKNOWN_TARGET, "no place called " + n.target().describe()));
            case Action.Dock d -> Drive.to(map.dock().position(), driver, planner, config);
            case Action.CleanArea c -> map.room(c.room())
                    .<ActionRun>map(room -> new Sweep(room, c.mode(), command(), driver, planner, coverage, config, listener))
                    .orElseGet(() -> failed(FailureReason.UNKNOWN_TARGET, "no room called " + c.room()));
            case Action.Wait w -> new Pause(driver, w.duration());
            case Action.Stop s -> {
                driver.halt();
                yield new Immediate(new StepStatus.Done());
            }
            case Action.Say s -> {
                emit(new ExecutionEvent.Said(commandId(), now, s.text()));
                yield new Immediate(new StepStatus.Done());
            }
            case Action.PickUp p -> needs(Capability.GRIPPER, "a gripper to pick things up");
            case Action.Place p -> needs(Capability.GRIPPER, "a gripper to put things down");
            case Action.OpenDoor o -> needs(Capability.DOOR_OPENER, "an arm to open doors");
            case Action.CloseDoor c -> needs(Capability.DOOR_OPENER, "an arm to close doors");
            case Action.Inspect i -> needs(Capability.CAMERA, "a camera to look at things");
        };
    }

    /**
     * Manipulation and inspection arrive with the bodies that can do them; until a driver declares
     * the capability, the step fails cleanly with the reason instead of pretending.
     */
    private ActionRun needs(Capability capability, String what) {
        if (!driver.capabilities().contains(capability)) {
            return failed(FailureReason.MISSING_CAPABILITY, "this robot (" + driver.name() + ") has no " + what);
        }
        return failed(FailureReason.MISSING_CAPABILITY, "the executor cannot yet drive " + capability.name().toLowerCase()
                + " on " + driver.name());
    }

    private Optional<Point> destination(Target target) {
        return switch (target) {
            case Target.Named n -> map.locate(n.name());
            case Target.Coordinates c -> Optional.of(new Point(c.x(), c.y()));
        };
    }

    private static ActionRun failed(FailureReason reason, String detail) {
        return new Immediate(new StepStatus.Failed(reason, detail));
    }

    private void progress(double fraction, SensorReading reading, Instant now) {
        int decile = (int) Math.floor(Math.max(0, Math.min(1, fraction)) * 10);
        if (decile > lastProgressDecile) {
            lastProgressDecile = decile;
            emit(new ExecutionEvent.StepProgress(commandId(), now, stepIndex, decile / 10.0, reading.odometry()));
        }
    }

    private void finish(boolean succeeded, Instant now) {
        driver.halt();
        ExecutionEvent done = new ExecutionEvent.PlanFinished(commandId(), now, succeeded);
        current = null;
        run = null;
        emit(done);
    }

    private void emit(ExecutionEvent event) {
        listener.on(event);
    }

    private Plan plan() {
        return current.plan();
    }

    private Command command() {
        return current.command();
    }

    private Action step() {
        return plan().steps().get(stepIndex);
    }

    private dev.rosie.core.command.CommandId commandId() {
        return command().id();
    }
}
