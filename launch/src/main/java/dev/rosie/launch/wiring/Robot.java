package dev.rosie.launch.wiring;

import dev.rosie.actuation.Executor;
import dev.rosie.actuation.ExecutorConfig;
import dev.rosie.actuation.monitor.EmergencyStop;
import dev.rosie.actuation.monitor.MonitorLimits;
import dev.rosie.actuation.monitor.RuntimeMonitor;
import dev.rosie.core.ManualClock;
import dev.rosie.core.action.Clarification;
import dev.rosie.core.action.Plan;
import dev.rosie.core.action.Planner;
import dev.rosie.core.action.PlannerResult;
import dev.rosie.core.action.Refusal;
import dev.rosie.core.command.Command;
import dev.rosie.core.command.Source;
import dev.rosie.core.command.UntrustedText;
import dev.rosie.core.execution.ExecutionEvent;
import dev.rosie.core.execution.ExecutionListener;
import dev.rosie.core.robot.RobotDriver;
import dev.rosie.core.robot.SensorReading;
import dev.rosie.core.world.Point;
import dev.rosie.core.world.RobotState;
import dev.rosie.core.world.Sighting;
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
import java.util.function.UnaryOperator;

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
 * <p>Not thread-safe: one control thread owns it. Only {@link #haltNow()} may be called from another
 * thread (an e-stop arriving on a network thread).
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
    private final int maxReplans;
    private final Replanner replanner;
    /** The camera, when the robot looks: periodically after steps and at every Inspect step. */
    private final Optional<Eyes> eyes;
    private Run run;
    private Optional<String> currentAction = Optional.empty();

    /** How many new plans a robot asks for after failures of one command, unless told otherwise. */
    public static final int DEFAULT_MAX_REPLANS = 3;

    /**
     * The approved plan running now.
     *
     * @param replans how many times this command has been replanned so far
     * @param attemptFrom where in {@link #events} the running plan's events begin
     */
    private record Run(ApprovedPlan approved, Instant start, Instant deadline, double distanceBefore, int replans,
            int attemptFrom) {
    }

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
        this(world, intake, planner, guard, body, clock, motion, observer, maxRun, estop, plannerResources,
                DEFAULT_MAX_REPLANS);
    }

    /**
     * As above, asking the planner for at most {@code maxReplans} new plans per command after a
     * step fails (0: never replan). Each new plan goes through the guard like the first.
     */
    public Robot(WorldModel world, CommandIntake intake, Planner planner, SafetyGuard guard, SimDriver body,
            ManualClock clock, ExecutorConfig motion, TurnListener observer, Duration maxRun, EmergencyStop estop,
            AutoCloseable plannerResources, int maxReplans) {
        this(world, intake, planner, guard, body, clock, motion, observer, maxRun, estop, plannerResources, maxReplans,
                Optional.empty(), UnaryOperator.identity());
    }

    /**
     * As above, with {@code eyes} looking through the body's camera (after body steps at their
     * cadence, and whenever an Inspect step finishes; the robot closes them, not the models they
     * share), and {@code wheels} wrapped around the body where the runtime monitor commands it:
     * whatever it returns sees exactly the commands that reach the body, after the monitor's caps
     * ({@code rosie bench} notes the first moving one there).
     */
    public Robot(WorldModel world, CommandIntake intake, Planner planner, SafetyGuard guard, SimDriver body,
            ManualClock clock, ExecutorConfig motion, TurnListener observer, Duration maxRun, EmergencyStop estop,
            AutoCloseable plannerResources, int maxReplans, Optional<Eyes> eyes, UnaryOperator<RobotDriver> wheels) {
        if (maxReplans < 0) {
            throw new IllegalArgumentException("maxReplans cannot be negative");
        }
        this.maxReplans = maxReplans;
        this.eyes = Objects.requireNonNull(eyes, "eyes");
        this.plannerResources = Objects.requireNonNull(plannerResources, "plannerResources");
        this.world = Objects.requireNonNull(world, "world");
        this.intake = Objects.requireNonNull(intake, "intake");
        this.planner = Objects.requireNonNull(planner, "planner");
        this.guard = Objects.requireNonNull(guard, "guard");
        this.body = Objects.requireNonNull(body, "body");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.maxRun = Objects.requireNonNull(maxRun, "maxRun");
        this.estop = Objects.requireNonNull(estop, "estop");
        this.journal = new Journal(world);
        this.observer = Objects.requireNonNull(observer, "observer");
        this.replanner = new Replanner(planner, guard, journal, observer, clock);
        ExecutionListener log = event -> {
            events.add(event);
            track(event);
            remember(event);
            journal.execution(event);
            observer.on(event);
        };
        // The slow zone counts both the people the world model last saw and what the executor's own
        // lidar tracks now: the monitor does not depend on the planner's list alone.
        this.monitor = new RuntimeMonitor(Objects.requireNonNull(wheels.apply(body), "wheels"),
                MonitorLimits.withMaxSpeed(guard.policy().limits().maxSpeed()), estop, body.map(),
                () -> beingsAndTracks(), clock);
        this.executor = new Executor(monitor, log, motion, estop);
    }

    public ManualClock clock() {
        return clock;
    }

    private List<Point> beingsAndTracks() {
        List<Point> tracked = this.executor.surroundings().positions();
        if (tracked.isEmpty()) {
            return beings;
        }
        List<Point> all = new ArrayList<>(beings);
        all.addAll(tracked);
        return all;
    }

    public WorldModel world() {
        return world;
    }

    public String plannerName() {
        return planner.name();
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
        return monitor;
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
        if (run != null) {
            throw new IllegalStateException("a plan is still running; collect() its turn before beginning another");
        }
        return switch (intake.submit(text, source)) {
            case IntakeResult.Rejected r -> {
                journal.rejected(clock.instant(), source, r);
                yield new TurnStart.Ended(new Turn.NotACommand(r.reason()));
            }
            case IntakeResult.Accepted a -> begin(a.command());
        };
    }

    private TurnStart begin(Command command) {
        journal.command(command);
        observer.accepted(command);
        Optional<EmergencyStop.Engaged> stop = estop.state();
        if (stop.isPresent()) {
            // Who engaged it is the household's business: outsiders hear only that it is engaged.
            Refusal refusal = new Refusal(command.id(), "I can't do that now: the emergency stop is engaged (by "
                    + stop.get().by() + "). An owner has to release it first.", "e-stop-engaged",
                    "I can't do that now: the emergency stop is engaged. An owner has to release it first.",
                    guard.privacy().audience(command.source()));
            journal.estopRefusal(clock.instant(), command, refusal);
            return new TurnStart.Ended(new Turn.Refused(command, planner.name(), Optional.empty(), refusal, "e-stop"));
        }
        WorldSnapshot snapshot = world.snapshot();
        Optional<Refusal> secret = guard.privacy().question(command, snapshot);
        if (secret.isPresent()) {
            // A question about the household's routine from someone who may not hear it: refused by rule,
            // before any planner (which might answer it) sees it.
            Verdict refused = new Verdict.Refused(secret.get());
            journal.verdict(clock.instant(), command, refused);
            observer.judged(refused);
            return new TurnStart.Ended(new Turn.Refused(command, planner.name(), Optional.empty(), secret.get(), "guard"));
        }
        if (Confirmations.isConfirmation(command.text()) && guard.pendingConfirmation().isPresent()) {
            return decide(command, guard.confirm(command, snapshot), Optional.empty(), snapshot);
        }
        PlannerResult proposal = guard.privacy().worded(planner.plan(command, snapshot), command, snapshot);
        journal.proposal(clock.instant(), planner.name(), proposal);
        observer.proposed(planner.name(), proposal);
        return switch (proposal) {
            case Clarification c -> new TurnStart.Ended(new Turn.Clarified(command, planner.name(), c));
            case Refusal r -> new TurnStart.Ended(new Turn.Refused(command, planner.name(), Optional.empty(), r, "planner"));
            case Plan plan -> review(command, plan, snapshot);
        };
    }

    private TurnStart review(Command command, Plan plan, WorldSnapshot snapshot) {
        return decide(command, guard.review(command, plan, snapshot), Optional.of(plan), snapshot);
    }

    /** Acts on the guard's verdict on {@code command}: runs an approved plan, or ends the turn. */
    private TurnStart decide(Command command, Verdict verdict, Optional<Plan> plan, WorldSnapshot snapshot) {
        journal.verdict(clock.instant(), command, verdict);
        observer.judged(verdict);
        return switch (verdict) {
            case Verdict.Refused r -> new TurnStart.Ended(
                    new Turn.Refused(command, planner.name(), plan, r.refusal(), "guard"));
            case Verdict.ConfirmationNeeded c -> new TurnStart.Ended(new Turn.Clarified(command, planner.name(),
                    new Clarification(command.id(), c.question())));
            case ApprovedPlan approved -> {
                events.clear();
                beings = snapshot.sightings().stream()
                        .filter(s -> s.fresh(clock.instant(), guard.policy().sightingMaxAge()))
                        .map(Sighting::position).toList();
                Instant start = clock.instant();
                run = new Run(approved, start, start.plus(maxRun), body.distanceTravelled(), 0, 0);
                executor.submit(approved, snapshot.map(), beings, start);
                yield new TurnStart.Running(command);
            }
        };
    }

    /** Whether an approved plan is still running. */
    public boolean running() {
        return run != null && executor.busy();
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
        if (run != null && executor.busy() && !clock.instant().isBefore(run.deadline())) {
            executor.interrupt(clock.instant());
        }
        if (!executor.busy() && !estop.engaged()) {
            hook.beforeStep();
        }
        body.step();
        hook.afterStep();
        eyes.ifPresent(e -> e.afterStep(body.ticks()));
        executor.tick(clock.instant());
    }

    /**
     * The turn of the plan that ran, once it has finished (or been interrupted); empty while it runs.
     * Also empty when a step failed and the planner's new plan, approved by the guard, has started
     * in its place (at most {@code maxReplans} times per command): keep ticking and collect again.
     */
    public Optional<Turn> collect() {
        if (run == null || executor.busy()) {
            return Optional.empty();
        }
        Run done = run;
        run = null;
        currentAction = Optional.empty();
        SensorReading last = body.read();
        world.updateRobot(new RobotState(body.truePose(), last.battery(), last.docked()));
        boolean succeeded = events.stream().anyMatch(e -> e instanceof ExecutionEvent.PlanFinished f && f.succeeded());
        Optional<String> gaveUp = Optional.empty();
        Optional<ExecutionEvent.StepFailed> failure = succeeded ? Optional.empty() : lastFailure(done.attemptFrom());
        if (failure.isPresent() && Replanning.worthTrying(failure.get().reason()) && !estop.engaged()
                && clock.instant().isBefore(done.deadline())) {
            if (done.replans() >= maxReplans) {
                gaveUp = Optional.of("I tried " + maxReplans + " other plans and none worked, so I stopped.");
            } else {
                WorldSnapshot snapshot = world.snapshot();
                switch (replanner.replan(done.approved().command(), snapshot, done.approved().plan(), failure.get())) {
                    case Replanning.Approved a -> {
                        run = new Run(a.plan(), done.start(), done.deadline(), done.distanceBefore(), done.replans() + 1,
                                events.size());
                        executor.submit(a.plan(), snapshot.map(), beings, clock.instant());
                        return Optional.empty();
                    }
                    case Replanning.GaveUp g -> gaveUp = Optional.of(g.said());
                }
            }
        }
        return Optional.of(new Turn.Executed(done.approved().command(), planner.name(), done.approved().plan(),
                done.approved().policy(), events, succeeded, Duration.between(done.start(), clock.instant()),
                body.distanceTravelled() - done.distanceBefore(), done.replans(), gaveUp));
    }

    private Optional<ExecutionEvent.StepFailed> lastFailure(int from) {
        for (int i = events.size() - 1; i >= from; i--) {
            if (events.get(i) instanceof ExecutionEvent.StepFailed f) {
                return Optional.of(f);
            }
        }
        return Optional.empty();
    }

    /** What the robot did to a door is what the world now knows about it, so later plans see it. */
    private void remember(ExecutionEvent event) {
        if (event instanceof ExecutionEvent.StepDone d) {
            switch (d.action()) {
                case dev.rosie.core.action.Action.OpenDoor o -> world.setDoorOpen(o.door(), true);
                case dev.rosie.core.action.Action.CloseDoor c -> world.setDoorOpen(c.door(), false);
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
                body.docked(), currentAction, running() ? Optional.of(run.approved().command().id()) : Optional.empty());
    }

    /** The camera, if this robot looks through one. */
    public Optional<Eyes> eyes() {
        return eyes;
    }

    /** Keeps remote text that was not believed in the event history, as data. */
    public void recordUntrusted(UntrustedText text, String reason) {
        journal.untrusted(text, reason);
    }

    /** Records an e-stop change in the event history. */
    public void recordEstop(Optional<EmergencyStop.Engaged> state) {
        journal.estop(clock.instant(), state);
    }

    private void track(ExecutionEvent event) {
        switch (event) {
            case ExecutionEvent.StepStarted s -> currentAction = Optional.of(s.action().label());
            case ExecutionEvent.PlanFinished f -> currentAction = Optional.empty();
            // Inspecting is looking: what the camera sees there goes into the world model.
            case ExecutionEvent.StepDone d when d.action() instanceof dev.rosie.core.action.Action.Inspect ->
                    eyes.ifPresent(Eyes::lookNow);
            default -> { }
        }
    }

    @Override
    public void close() {
        try {
            eyes.ifPresent(Eyes::close);
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
