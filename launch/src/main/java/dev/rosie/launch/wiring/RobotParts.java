package dev.rosie.launch.wiring;

import dev.rosie.actuation.ExecutorConfig;
import dev.rosie.actuation.monitor.EmergencyStop;
import dev.rosie.core.ManualClock;
import dev.rosie.core.action.Planner;
import dev.rosie.core.robot.RobotDriver;
import dev.rosie.core.world.WorldModel;
import dev.rosie.perception.intake.CommandIntake;
import dev.rosie.safety.SafetyGuard;
import dev.rosie.sim.SimDriver;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import java.util.function.UnaryOperator;

/**
 * Everything one {@link Robot} is made of, checked once here so the robot has a single constructor.
 * {@link RobotFactory} builds it from settings.
 *
 * @param motion how the executor drives (speeds, tolerances)
 * @param maxRun how much simulated time one command may keep the robot busy before it is interrupted
 * @param estop the e-stop latch, read by the executor at every tick and before anything is planned
 * @param plannerResources what the planner holds (a loaded model); the robot releases it on close
 * @param maxReplans how many new plans the robot asks for per command after a step fails (0: never
 *     replan); each new plan goes through the guard like the first
 * @param eyes the body's camera, looking after body steps at its cadence and whenever an Inspect
 *     step finishes; the robot closes them, not the models they share
 * @param wheels wrapped around the body where the runtime monitor commands it: whatever it returns
 *     sees exactly the commands that reach the body, after the monitor's caps ({@code rosie bench}
 *     notes the first moving one there); {@link UnaryOperator#identity()} for nothing in between
 */
public record RobotParts(WorldModel world, CommandIntake intake, Planner planner, SafetyGuard guard, SimDriver body,
        ManualClock clock, ExecutorConfig motion, TurnListener observer, Duration maxRun, EmergencyStop estop,
        AutoCloseable plannerResources, int maxReplans, Optional<Eyes> eyes, UnaryOperator<RobotDriver> wheels) {
    public RobotParts {
        Objects.requireNonNull(world, "world");
        Objects.requireNonNull(intake, "intake");
        Objects.requireNonNull(planner, "planner");
        Objects.requireNonNull(guard, "guard");
        Objects.requireNonNull(body, "body");
        Objects.requireNonNull(clock, "clock");
        Objects.requireNonNull(motion, "motion");
        Objects.requireNonNull(observer, "observer");
        Objects.requireNonNull(maxRun, "maxRun");
        Objects.requireNonNull(estop, "estop");
        Objects.requireNonNull(plannerResources, "plannerResources");
        Objects.requireNonNull(eyes, "eyes");
        Objects.requireNonNull(wheels, "wheels");
        if (maxRun.isNegative() || maxRun.isZero()) {
            throw new IllegalArgumentException("maxRun must be positive (a command needs time to run), not " + maxRun);
        }
        if (maxReplans < 0) {
            throw new IllegalArgumentException("maxReplans cannot be negative, not " + maxReplans);
        }
    }
}
