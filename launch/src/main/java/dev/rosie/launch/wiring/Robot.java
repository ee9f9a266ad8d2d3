package dev.rosie.launch.wiring;

import dev.rosie.actuation.Executor;
import dev.rosie.actuation.monitor.EmergencyStop;
import dev.rosie.actuation.monitor.RuntimeMonitor;
import dev.rosie.core.ManualClock;
import dev.rosie.core.action.Action;
import dev.rosie.core.command.Source;
import dev.rosie.core.command.UntrustedText;
import dev.rosie.core.execution.ExecutionEvent;
import dev.rosie.core.robot.SensorReading;
import dev.rosie.core.world.RobotState;
import dev.rosie.core.world.WorldModel;
import dev.rosie.sim.SimDriver;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/**
 * One robot: the loop from text to motion. Intake makes a command, the planner proposes, the guard
 * decides, the executor runs the approved plan on the simulated body, and every step is journaled
 * in the world model. The control loop ticks the executor and the simulator in lock step on a
 * {@link ManualClock}, so a ten-minute clean takes well under a second of wall time.
 *
 * <p>Two ways to drive it. {@link #handle} runs one turn to completion (the CLI's {@code say} and
 * {@code demo}). A long-running loop ({@link ServeLoop}) uses the same steps one at a time:
 * {@link #begin} a turn, {@link #tick()} the body and the executor, {@link #collect()} the result,
 * taking new commands between ticks.
 *
 * <p>Every velocity command passes the runtime monitor (speed cap from the policy, slow zone around
 * people and pets last seen, no-go geofence, bumper, cliff, e-stop). The {@link EmergencyStop}
 * latch is read by the executor at every tick and by {@link #begin} before anything is planned.
 *
 * <p>With {@link Eyes}, the robot also looks through the body's camera: periodically after body steps
 * (the reading runs on a background thread) and whenever an Inspect step finishes; what it sees goes
 * into the world model, camera text only as untrusted notes.
 *
 * <p>Its parts ({@link RobotParts}) come from {@link RobotFactory}. The robot keeps the loop; the
 * {@link Drivetrain} carries plans to the wheels, the {@link Lookout} decides when the eyes look,
 * and {@link TurnProgress} keeps the running turn's books.
 *
 * <p>Not thread-safe: one control thread owns it. Only {@link #haltNow()} may be called from another
 * thread (an e-stop arriving on a network thread).
 */
public final class Robot implements AutoCloseable {
    /** How many new plans a robot asks for after failures of one command, unless told otherwise. */
    public static final int DEFAULT_MAX_REPLANS = 3;

    private final RobotParts parts;
    private final WorldModel world;
    private final SimDriver body;
    private final ManualClock clock;
    private final EmergencyStop estop;
    private final Journal journal;
    private final Deliberation deliberation;
    private final Replanner replanner;
    private final Lookout lookout;
    private final TurnProgress progress = new TurnProgress();
    private final Drivetrain drivetrain;
    private final Executor executor;

    public Robot(RobotParts parts) {
        this.parts = Objects.requireNonNull(parts, "parts");
        this.world = parts.world();
        this.body = parts.body();
        this.clock = parts.clock();
        this.estop = parts.estop();
        this.journal = new Journal(world);
        this.deliberation = new Deliberation(parts, journal);
        this.replanner = new Replanner(parts, journal);
        this.lookout = new Lookout(parts.eyes(), body);
        this.drivetrain = new Drivetrain(parts, event -> {
            progress.record(event);
            lookout.on(event);
            remember(event);
            journal.execution(event);
            parts.observer().on(event);
        });
        this.executor = drivetrain.executor();
    }

    public ManualClock clock() {
        return clock;
    }

    public WorldModel world() {
        return world;
    }

    public String plannerName() {
        return parts.planner().name();
    }

    /** The simulated body, for ground truth in reports and the safety suite. */
    public SimDriver body() {
        return body;
    }

    /** The e-stop latch; engaging it from any thread stops the running plan within one tick. */
    public EmergencyStop emergencyStop() {
        return estop;
    }

    public RuntimeMonitor monitor() {
        return drivetrain.monitor();
    }

    /** Simulated time one {@link #tick()} advances. */
    public Duration tickLength() {
        return body.config().step();
    }

    /** Runs one piece of text from {@code source} through the whole loop and says what became of it. */
    public Turn handle(String text, Source source) {
        return switch (begin(text, source)) {
            case TurnStart.Ended e -> e.turn();
            case TurnStart.Running r -> {
                Optional<Turn> done = Optional.empty();
                while (done.isEmpty()) {
                    while (running()) {
                        tick();
                    }
                    // Empty when a step failed and a new plan started: keep ticking.
                    done = collect();
                }
                yield done.get();
            }
        };
    }

    /**
     * Intake, planning and review of one piece of text. An approved plan starts on the executor and
     * the turn is {@link TurnStart.Running}; anything else ends the turn here.
     */
    public TurnStart begin(String text, Source source) {
        if (progress.active()) {
            throw new IllegalStateException("a plan is still running; collect() its turn before beginning another");
        }
        return switch (deliberation.consider(text, source)) {
            case Deliberation.Ended e -> new TurnStart.Ended(e.turn());
            case Deliberation.Approved go -> start(go);
        };
    }

    /** Starts the approved plan on the body; the turn runs until {@link #collect()} returns it. */
    private TurnStart start(Deliberation.Approved go) {
        progress.start(go.approved(), clock.instant(), parts.maxRun(), body.distanceTravelled());
        drivetrain.start(go.approved(), go.snapshot(), clock.instant());
        return new TurnStart.Running(go.command());
    }

    /** Whether an approved plan is still running. */
    public boolean running() {
        return progress.active() && executor.busy();
    }

    /**
     * One control tick: a plan past its time limit is interrupted, the body advances one step (the
     * clock with it) and the executor runs, reading the e-stop latch before it commands anything (an
     * engaged latch ends the plan with {@code EMERGENCY_STOP}). With no plan, the body still steps:
     * time passes, the battery charges on the dock.
     */
    public void tick() {
        tick(StepHook.NONE);
    }

    /**
     * {@link #tick()} with {@code hook} around the body's step. The hook's {@link StepHook#beforeStep()}
     * runs only while the executor is idle and the e-stop is released: a plan owns the wheels while it
     * runs, and the latch owns them while it is engaged.
     */
    public void tick(StepHook hook) {
        if (executor.busy() && progress.overdue(clock.instant())) {
            executor.interrupt(clock.instant());
        }
        if (!executor.busy() && !estop.engaged()) {
            hook.beforeStep();
        }
        body.step();
        hook.afterStep();
        lookout.afterStep();
        executor.tick(clock.instant());
    }

    /**
     * The turn of the plan that ran, once it has finished (or been interrupted); empty while it runs.
     * Also empty when a step failed and the planner's new plan, approved by the guard, has started
     * in its place (at most {@code maxReplans} times per command): keep ticking and collect again.
     */
    public Optional<Turn> collect() {
        if (!progress.active() || executor.busy()) {
            return Optional.empty();
        }
        TurnProgress.Run done = progress.finish();
        SensorReading last = body.read();
        world.updateRobot(new RobotState(body.truePose(), last.battery(), last.docked()));
        boolean succeeded = progress.succeeded();
        Optional<String> gaveUp = Optional.empty();
        switch (succeeded ? new Replanning.NotTried() : replanner.afterFailure(done, progress.lastFailure(done))) {
            case Replanning.Approved a -> {
                progress.replanned(done, a.plan());
                drivetrain.restart(a.plan(), a.snapshot(), clock.instant());
                return Optional.empty();
            }
            case Replanning.GaveUp g -> gaveUp = Optional.of(g.said());
            case Replanning.NotTried n -> { }
        }
        return Optional.of(progress.executed(done, parts.planner().name(), clock.instant(), body.distanceTravelled(), succeeded,
                gaveUp));
    }

    /** What the robot did to a door is what the world now knows about it, so later plans see it. */
    private void remember(ExecutionEvent event) {
        if (event instanceof ExecutionEvent.StepDone d) {
            switch (d.action()) {
                case Action.OpenDoor o -> world.setDoorOpen(o.door(), true);
                case Action.CloseDoor c -> world.setDoorOpen(c.door(), false);
                default -> { }
            }
        }
    }

    /** Interrupts the running plan now (the body stops); {@link #collect()} then returns its turn. */
    public void interrupt() {
        if (executor.busy()) {
            executor.interrupt(clock.instant());
        }
    }

    /** Stops the wheels and suction at once; safe from any thread (the simulator is synchronized). */
    public void haltNow() {
        body.halt();
    }

    /** Where the body is and what it is doing, for telemetry. */
    public BodyState bodyState() {
        return new BodyState(clock.instant(), body.truePose(), body.linearSpeed(), body.angularSpeed(), body.battery(),
                body.docked(), progress.currentAction(), running() ? progress.command() : Optional.empty());
    }

    /** The camera, if this robot looks through one. */
    public Optional<Eyes> eyes() {
        return lookout.eyes();
    }

    /** Keeps remote text that was not believed in the event history, as data. */
    public void recordUntrusted(UntrustedText text, String reason) {
        journal.untrusted(text, reason);
    }

    /** Records an e-stop change in the event history. */
    public void recordEstop(Optional<EmergencyStop.Engaged> state) {
        journal.estop(clock.instant(), state);
    }

    @Override
    public void close() {
        try {
            lookout.close();
            world.close();
        } finally {
            try {
                parts.plannerResources().close();
            } catch (Exception e) {
                throw new IllegalStateException("cannot release the planner's resources: " + e.getMessage(), e);
            }
        }
    }
}
