package dev.rosie.webots;

import dev.rosie.actuation.Executor;
import dev.rosie.actuation.ExecutorConfig;
import dev.rosie.actuation.monitor.EmergencyStop;
import dev.rosie.actuation.monitor.MonitorLimits;
import dev.rosie.actuation.monitor.RuntimeMonitor;
import dev.rosie.core.action.Clarification;
import dev.rosie.core.action.Plan;
import dev.rosie.core.action.Planner;
import dev.rosie.core.action.PlannerResult;
import dev.rosie.core.action.Refusal;
import dev.rosie.core.command.Command;
import dev.rosie.core.command.Source;
import dev.rosie.core.execution.ExecutionEvent;
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
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Rosie's loop from text to motion on any body that is advanced in explicit ticks: intake makes a
 * command, the planner proposes, the guard decides, and only an approved plan reaches the executor,
 * whose every velocity command passes the runtime monitor before the body. It is the same chain of
 * classes the embedded simulator runs under {@code ./rosie}; here each control tick is one
 * {@link Tick} (on Webots: one {@code Robot.step(basicTimeStep)}), so time is the simulator's.
 */
public final class ControlLoop {

    /** Advances the body and the clock by one control step; false when the simulation has ended. */
    @FunctionalInterface
    public interface Tick {
        boolean advance();
    }

    /** What became of one command. */
    public sealed interface Outcome {
        record NotACommand(String text, String reason) implements Outcome {
        }

        record Clarified(Command command, String question) implements Outcome {
        }

        record Refused(Command command, String by, Refusal refusal) implements Outcome {
        }

        record Executed(Command command, Plan plan, boolean succeeded, Duration took) implements Outcome {
        }

        /** The simulation ended (Webots quit or reset the controller) while the plan ran. */
        record Ended(Command command) implements Outcome {
        }
    }

    private final WorldModel world;
    private final CommandIntake intake;
    private final Planner planner;
    private final SafetyGuard guard;
    private final RobotDriver body;
    private final Clock clock;
    private final Tick tick;
    private final Duration maxRun;
    private final Console console;
    private final History history;
    private final Executor executor;
    private final RuntimeMonitor monitor;
    private final List<ExecutionEvent> events = new ArrayList<>();
    private volatile List<Point> beings = List.of();

    public ControlLoop(WorldModel world, CommandIntake intake, Planner planner, SafetyGuard guard, RobotDriver body,
            Clock clock, Tick tick, ExecutorConfig motion, Duration maxRun, Console console) {
        this.world = Objects.requireNonNull(world, "world");
        this.intake = Objects.requireNonNull(intake, "intake");
        this.planner = Objects.requireNonNull(planner, "planner");
        this.guard = Objects.requireNonNull(guard, "guard");
        this.body = Objects.requireNonNull(body, "body");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.tick = Objects.requireNonNull(tick, "tick");
        this.maxRun = Objects.requireNonNull(maxRun, "maxRun");
        this.console = Objects.requireNonNull(console, "console");
        this.history = new History(world);
        EmergencyStop estop = new EmergencyStop();
        this.monitor = new RuntimeMonitor(body, MonitorLimits.withMaxSpeed(guard.policy().limits().maxSpeed()), estop,
                world.snapshot().map(), () -> beings, clock);
        this.executor = new Executor(monitor, event -> {
            events.add(event);
            history.execution(event);
            console.event(event);
        }, motion, estop);
    }

    public RuntimeMonitor monitor() {
        return monitor;
    }

    /** Runs {@code text} from {@code source} through the whole loop, ticking the body until the plan ends. */
    public Outcome handle(String text, Source source) {
        console.heard(text, source);
        return switch (intake.submit(text, source)) {
            case IntakeResult.Rejected r -> {
                history.rejected(clock.instant(), source, r.reason());
                console.notACommand(r.reason());
                yield new Outcome.NotACommand(text, r.reason());
            }
            case IntakeResult.Accepted a -> plan(a.command());
        };
    }

    private Outcome plan(Command command) {
        history.command(command);
        WorldSnapshot snapshot = world.snapshot();
        PlannerResult proposal = planner.plan(command, snapshot);
        history.proposal(clock.instant(), planner.name(), proposal);
        return switch (proposal) {
            case Clarification c -> {
                console.says(c.question());
                yield new Outcome.Clarified(command, c.question());
            }
            case Refusal r -> {
                console.refused("planner", r);
                yield new Outcome.Refused(command, "planner", r);
            }
            case Plan p -> review(command, p, snapshot);
        };
    }

    private Outcome review(Command command, Plan plan, WorldSnapshot snapshot) {
        console.planned(planner.name(), plan);
        Verdict verdict = guard.review(command, plan, snapshot);
        history.verdict(clock.instant(), command, verdict);
        return switch (verdict) {
            case Verdict.Refused r -> {
                console.refused("guard", r.refusal());
                yield new Outcome.Refused(command, "guard", r.refusal());
            }
            case Verdict.ConfirmationNeeded c -> {
                // The Webots controller has no owner channel to confirm on: it asks, and nothing runs.
                console.says(c.question());
                yield new Outcome.Clarified(command, c.question());
            }
            case ApprovedPlan approved -> execute(approved, snapshot);
        };
    }

    private Outcome execute(ApprovedPlan approved, WorldSnapshot snapshot) {
        console.approved(approved.policy());
        events.clear();
        beings = snapshot.sightings().stream().filter(s -> s.fresh(clock.instant(), guard.policy().sightingMaxAge()))
                .map(Sighting::position).toList();
        Instant start = clock.instant();
        Instant deadline = start.plus(maxRun);
        executor.submit(approved, snapshot.map(), start);
        boolean running = true;
        while (executor.busy() && clock.instant().isBefore(deadline)) {
            if (!tick.advance()) {
                running = false;
                break;
            }
            executor.tick(clock.instant());
        }
        if (executor.busy()) {
            executor.interrupt(clock.instant());
        }
        remember();
        if (!running) {
            return new Outcome.Ended(approved.command());
        }
        boolean ok = events.stream().anyMatch(e -> e instanceof ExecutionEvent.PlanFinished f && f.succeeded());
        return new Outcome.Executed(approved.command(), approved.plan(), ok, Duration.between(start, clock.instant()));
    }

    /** Writes where the body is into the world model, so the next snapshot (and the next run) starts there. */
    public void remember() {
        SensorReading r = body.read();
        world.updateRobot(new RobotState(r.odometry(), r.battery(), r.docked()));
    }

    /** Stops the body and keeps it stopped until the simulation ends. */
    public void idle() {
        body.halt();
        while (tick.advance()) {
            body.halt();
        }
    }
}
