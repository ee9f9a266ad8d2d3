package dev.rosie.webots;

import com.cyberbotics.webots.controller.Robot;
import dev.rosie.actuation.ExecutorConfig;
import dev.rosie.core.InvalidInputException;
import dev.rosie.core.ManualClock;
import dev.rosie.core.RosieException;
import dev.rosie.core.command.CommandId;
import dev.rosie.core.world.Pose;
import dev.rosie.perception.intake.CommandIntake;
import dev.rosie.perception.intake.TextNormalizer;
import dev.rosie.planner.rules.RuleBasedPlanner;
import dev.rosie.safety.InputScreener;
import dev.rosie.safety.Policy;
import dev.rosie.safety.PolicyLoader;
import dev.rosie.safety.PolicyMapCheck;
import dev.rosie.safety.SafetyGuard;
import dev.rosie.worldmodel.map.LoadedMap;
import dev.rosie.worldmodel.map.RosieMapLoader;
import dev.rosie.worldmodel.store.SqliteWorldModel;
import java.io.IOException;
import java.nio.file.Files;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;

/**
 * The Webots controller process: builds Rosie around the Create it is attached to and runs the
 * commands from its arguments, in Webots time. The clock is a {@link ManualClock} advanced by the
 * world's basicTimeStep after every {@code Robot.step}, so Rosie's timers (the guard's cooldowns,
 * the executor's stuck detection) count simulated seconds whether Webots runs in real time or fast.
 *
 * <p>A bad argument or file is reported on the Webots console and the controller stays up with the
 * robot stopped, rather than dying and leaving Webots to run a robot nobody controls.
 */
public final class RosieController {
    /** A single command may keep the robot busy for at most this much simulated time. */
    public static final Duration MAX_RUN = Duration.ofHours(2);

    private RosieController() {
    }

    public static void main(String[] argv) {
        Robot robot = new Robot();
        int step = (int) Math.round(robot.getBasicTimeStep());
        ZoneId zone = ZoneId.systemDefault();
        ManualClock clock = new ManualClock(Instant.now().truncatedTo(ChronoUnit.SECONDS), zone);
        Console console = new Console(System.out, clock);
        ControllerArgs args;
        try {
            args = ControllerArgs.parse(argv, System.getenv(), System.getProperty("user.home"));
        } catch (InvalidInputException e) {
            console.line("rosie_controller: " + e.getMessage());
            holdStill(robot, step);
            return;
        }
        try {
            run(robot, step, clock, zone, args, console);
        } catch (RosieException | IllegalStateException e) {
            console.line("rosie_controller: " + e.getMessage());
            holdStill(robot, step);
        }
    }

    private static void run(Robot robot, int step, ManualClock clock, ZoneId zone, ControllerArgs args, Console console) {
        RosieMapLoader loader = new RosieMapLoader(Clock.fixed(clock.instant(), zone));
        LoadedMap map = args.map().map(loader::load).orElseGet(loader::referenceApartment);
        Policy policy = args.policy().map(new PolicyLoader()::load).orElseGet(new PolicyLoader()::loadReference);
        // A policy guards the home it names: a door rule for a door this map lacks would guard nothing.
        PolicyMapCheck.require(policy, args.policy().map(f -> new PolicyMapCheck.Origin(f.toString(), false))
                .orElse(PolicyMapCheck.Origin.REFERENCE_POLICY), map.map(),
                new PolicyMapCheck.Origin(args.map().map(Object::toString).orElse("the reference apartment (built in)"),
                        args.map().isEmpty()));
        try {
            Files.createDirectories(args.dataDir());
        } catch (IOException e) {
            throw new InvalidInputException(args.dataDir() + ": cannot create the data directory (" + e.getMessage()
                    + "); pass --data DIR", e);
        }
        WebotsBody body = new WebotsBody(robot, step);
        try (SqliteWorldModel world = SqliteWorldModel.open(args.dataDir(), map, clock)) {
            // Simulated runs may have left history ahead of the wall clock: never let time run backwards.
            world.history(1).stream().findFirst().map(e -> e.at().plusSeconds(1))
                    .filter(last -> last.isAfter(clock.instant())).ifPresent(clock::set);
            if (robot.step(step) == -1) {
                return;
            }
            body.stepped(step);
            clock.advance(Duration.ofMillis(step));
            Pose start = body.localisation().orElse(map.map().dock());
            WebotsDriver driver = new WebotsDriver(body, CreateSpec.drive(), clock, map.map().dock(), start);
            ControlLoop.Tick tick = () -> {
                if (robot.step(step) == -1) {
                    return false;
                }
                body.stepped(step);
                clock.advance(Duration.ofMillis(step));
                driver.sense(step / 1000.0);
                return true;
            };
            CommandIntake intake = new CommandIntake(new TextNormalizer(), new InputScreener(), clock, ids(clock));
            ControlLoop loop = new ControlLoop(world, intake, new RuleBasedPlanner(), new SafetyGuard(policy, clock), driver,
                    clock, tick, ExecutorConfig.defaults(), MAX_RUN, console);
            console.line("rosie_controller: " + map.map().name() + ", basicTimeStep " + step + " ms, data " + args.dataDir()
                    + ", start " + start + (body.localisation().isPresent() ? " (GPS + inertial unit)" : " (map dock)"));
            loop.remember();
            for (String command : args.commands()) {
                if (loop.handle(command, args.source()) instanceof ControlLoop.Outcome.Ended) {
                    return;
                }
            }
            console.line("rosie_controller: all " + args.commands().size() + " command(s) handled");
            if (args.exitWhenDone()) {
                driver.halt();
                robot.step(step);
                return;
            }
            loop.idle();
        }
    }

    /** Wheels at zero, stepping until Webots ends the simulation. */
    private static void holdStill(Robot robot, int step) {
        try {
            WebotsBody body = new WebotsBody(robot, step);
            body.setWheelSpeeds(0, 0);
        } catch (IllegalStateException e) {
            // No Create to stop: nothing moves anyway.
        }
        int stepped;
        do {
            stepped = robot.step(step);
        } while (stepped != -1);
    }

    /** Command ids that sort by time and stay unique within a process, as the launcher makes them. */
    public static Supplier<CommandId> ids(Clock clock) {
        AtomicLong counter = new AtomicLong();
        return () -> new CommandId("c-" + clock.millis() + "-" + counter.incrementAndGet());
    }
}
