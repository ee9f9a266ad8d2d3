package dev.rosie.actuation;

import dev.rosie.actuation.avoid.AvoidanceConfig;
import dev.rosie.actuation.avoid.Surroundings;
import dev.rosie.actuation.avoid.VelocityGuard;
import dev.rosie.actuation.monitor.EmergencyStop;
import dev.rosie.actuation.motion.CostMap;
import dev.rosie.actuation.motion.StandOff;
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
import dev.rosie.core.world.WorldObject;
import dev.rosie.safety.ApprovedPlan;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * Runs approved plans on control ticks. It accepts only {@link ApprovedPlan}, which only the
 * safety guard can make, so an unchecked plan has no way to reach the driver. One plan at a time:
 * a new plan interrupts the current one, and every step's end leaves the body stopped.
 *
 * <p>Every tick's sensor reading feeds the {@link Surroundings}: what the lidar sees that the map
 * does not, tracked. Every velocity command a moving step wants passes local avoidance against those
 * tracks before it reaches the driver (see {@link AvoidanceConfig}); the same tracks are offered to
 * the runtime monitor's slow zone through {@link #surroundings()}.
 */
public final class Executor {
    /** The floor a standing person or a pet takes up, for path planning around them. */
    static final double PERSON_RADIUS = 0.3;
    /** The floor a small object takes up, with room to spare, for path planning around it. */
    static final double THING_RADIUS = 0.08;

    private final RobotDriver driver;
    private final ExecutionListener listener;
    private final ExecutorConfig config;
    private final EmergencyStop estop;
    private final AvoidanceConfig avoidance;
    private final Surroundings surroundings = Surroundings.defaults();
    private final VelocityGuard guard;

    private ApprovedPlan current;
    private HomeMap map;
    private Motion motion;
    private int stepIndex;
    private ActionRun run;
    private int lastProgressDecile;

    public Executor(RobotDriver driver, ExecutionListener listener, ExecutorConfig config) {
        this(driver, listener, config, new EmergencyStop());
    }

    /** An executor that drops whatever it runs, within one tick, when {@code estop} engages. */
    public Executor(RobotDriver driver, ExecutionListener listener, ExecutorConfig config, EmergencyStop estop) {
        this(driver, listener, config, estop, AvoidanceConfig.defaults());
    }

    /** As above, with local avoidance tuned (or turned off) by {@code avoidance}. */
    public Executor(RobotDriver driver, ExecutionListener listener, ExecutorConfig config, EmergencyStop estop,
            AvoidanceConfig avoidance) {
        this.driver = Objects.requireNonNull(driver, "driver");
        this.listener = Objects.requireNonNull(listener, "listener");
        this.config = Objects.requireNonNull(config, "config");
        this.estop = Objects.requireNonNull(estop, "estop");
        this.avoidance = Objects.requireNonNull(avoidance, "avoidance");
        this.guard = new VelocityGuard(avoidance, config.robotRadius());
    }

    /**
     * What the robot's lidar sees moving that the map does not know, tracked; updated on every tick
     * while a plan runs. Wire {@link Surroundings#positions()} into the runtime monitor's slow zone.
     */
    public Surroundings surroundings() {
        return surroundings;
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
        List<CostMap.Disc> discs = new ArrayList<>();
        people.forEach(p -> discs.add(new CostMap.Disc(p, PERSON_RADIUS)));
        // Socks, toy cars and bottles on the floor are not in the grid, but a bumper knocks them over.
        home.objects().stream().filter(o -> !o.obstacle() && o.footprint().isEmpty())
                .forEach(o -> discs.add(new CostMap.Disc(o.position(), THING_RADIUS)));
        surroundings.useMap(home);
        motion = new Motion(driver, config, new Terrain(home, discs, config), surroundings, guard, avoidance);
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
        surroundings.update(reading);
        StepStatus status = run.tick(reading, now);
        switch (status) {
            case StepStatus.Running r -> progress(r.progress(), reading, now);
            case StepStatus.Done d -> {
                run.end(false, now);
                emit(new ExecutionEvent.StepDone(commandId(), now, stepIndex, step()));
                afterDoor(step());
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

    /**
     * A door this plan just opened or closed changes the ground the rest of the plan drives on: "open
     * the bedroom door, then clean the bedroom" must not find the door still a wall.
     */
    private void afterDoor(Action done) {
        Optional<HomeMap> changed = switch (done) {
            case Action.OpenDoor o -> map.door(o.door()).map(d -> map.withDoor(o.door(), true));
            case Action.CloseDoor c -> map.door(c.door()).map(d -> map.withDoor(c.door(), false));
            default -> Optional.empty();
        };
        changed.ifPresent(home -> {
            map = home;
            surroundings.useMap(home);
            motion = motion.on(motion.terrain().on(home));
        });
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
                    .map(p -> Drive.to(p, motion))
                    .orElseGet(() -> failed(FailureReason.UNKNOWN_TARGET, "no place called " + n.target().describe()));
            case Action.Dock d -> Drive.to(map.dock().position(), motion);
            case Action.CleanArea c -> map.room(c.room())
                    .<ActionRun>map(room -> new Sweep(room, c.mode(), command(), motion, listener))
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
            case Action.PickUp p -> map.object(p.object())
                    .map(o -> within(Capability.GRIPPER, "a gripper to pick things up", o, () -> driver.pickUp(p.object())))
                    .orElseGet(() -> handle(Capability.GRIPPER, "a gripper to pick things up", map.locate(p.object()),
                            () -> driver.pickUp(p.object())));
            // Put down in a room: at its middle, as before. On or in a thing (the laundry basket, the
            // desk): from where the thing is within reach.
            case Action.Place p -> map.object(p.location())
                    .map(o -> within(Capability.GRIPPER, "a gripper to put things down", o, driver::putDown))
                    .orElseGet(() -> handle(Capability.GRIPPER, "a gripper to put things down", map.locate(p.location()),
                            driver::putDown));
            case Action.OpenDoor o -> handle(Capability.DOOR_OPENER, "an arm to open doors", besideDoor(o.door()), map.locate(o.door()),
                    () -> driver.setDoor(o.door(), true));
            case Action.CloseDoor c -> handle(Capability.DOOR_OPENER, "an arm to close doors", besideDoor(c.door()), map.locate(c.door()),
                    () -> driver.setDoor(c.door(), false));
            case Action.Inspect i -> handle(Capability.CAMERA, "a camera to look at things", map.locate(i.target()),
                    () -> driver.camera().isPresent() ? dev.rosie.core.robot.ActuatorResult.done("looked")
                            : dev.rosie.core.robot.ActuatorResult.failed("the camera gave no picture"));
        };
    }

    /**
     * Where to stand to work a door: in front of it on the robot's side, clear of the doorway (a
     * robot standing in the doorway could never close it).
     */
    private Optional<Point> besideDoor(String name) {
        return map.door(name).map(d -> {
            Point mid = d.midpoint();
            double len = d.a().distanceTo(d.b());
            double nx = -(d.b().y() - d.a().y()) / len;
            double ny = (d.b().x() - d.a().x()) / len;
            double off = config.robotRadius() + 0.2;
            Point here = driver.read().odometry().position();
            Point one = new Point(mid.x() + nx * off, mid.y() + ny * off);
            Point other = new Point(mid.x() - nx * off, mid.y() - ny * off);
            Point stand = here.distanceTo(one) <= here.distanceTo(other) ? one : other;
            return stand;
        });
    }

    /**
     * Use the gripper on {@code thing} from a spot where it is within reach (see {@link StandOff}),
     * facing it. The thing's own point is often inside furniture or in the clearance kept round it,
     * where the robot cannot stand; driving at it would stop wherever the cost map allowed, perhaps
     * out of reach. When no spot the robot could stand on is near enough, fail now, saying so,
     * rather than drive across the flat to find out.
     */
    private ActionRun within(Capability capability, String what, WorldObject thing,
            java.util.function.Supplier<dev.rosie.core.robot.ActuatorResult> act) {
        if (!driver.capabilities().contains(capability)) {
            return failed(FailureReason.MISSING_CAPABILITY, "this robot (" + driver.name() + ") has no " + what);
        }
        Point here = driver.read().odometry().position();
        double reach = config.workingReach();
        return switch (new StandOff(map, motion.planner()).find(here, thing.position(), thing.footprint(), reach)) {
            case StandOff.Found f -> Handle.at(f.stand(), thing.position(), act, motion);
            case StandOff.OutOfReach o -> failed(FailureReason.MANIPULATION_FAILED, "the " + thing.name()
                    + " is out of reach from anywhere I can stand: " + o.closest()
                            .map(d -> String.format(Locale.ROOT, "the closest I can get is %.2f m from it", d))
                            .orElse("there is no free floor near it")
                    + String.format(Locale.ROOT, ", and I must stand within %.2f m of it to reach it"
                            + " (a %.2f m gripper past my %.2f m body, less %.2f m for where I stop)",
                            reach, config.reach(), config.robotRadius(), config.tolerance()));
            case StandOff.NoPath n -> failed(FailureReason.UNREACHABLE, "I cannot get to where I could reach the "
                    + thing.name() + ": " + n.reason());
        };
    }

    /** Go to a named thing and use an actuator on it, if the body has one; else fail saying what is missing. */
    private ActionRun handle(Capability capability, String what, Optional<Point> where,
            java.util.function.Supplier<dev.rosie.core.robot.ActuatorResult> act) {
        return handle(capability, what, where, Optional.empty(), act);
    }

    private ActionRun handle(Capability capability, String what, Optional<Point> where, Optional<Point> facing,
            java.util.function.Supplier<dev.rosie.core.robot.ActuatorResult> act) {
        if (!driver.capabilities().contains(capability)) {
            return failed(FailureReason.MISSING_CAPABILITY, "this robot (" + driver.name() + ") has no " + what);
        }
        return where.map(p -> Handle.at(p, facing.orElse(p), act, motion))
                .orElseGet(() -> failed(FailureReason.UNKNOWN_TARGET, "I don't know where that is"));
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
