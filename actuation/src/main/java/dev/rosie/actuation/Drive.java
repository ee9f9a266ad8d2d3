package dev.rosie.actuation;

import dev.rosie.actuation.motion.GridPlanner;
import dev.rosie.actuation.motion.PathFollower;
import dev.rosie.actuation.motion.PathResult;
import dev.rosie.core.execution.FailureReason;
import dev.rosie.core.robot.RobotDriver;
import dev.rosie.core.robot.SensorReading;
import dev.rosie.core.world.Point;
import java.time.Instant;

/**
 * Drives to a point along a global path. Fails as blocked when it makes no progress for the
 * configured time (a bumper held down, a person in the way), rather than pushing forever.
 */
final class Drive implements ActionRun {
    private final RobotDriver driver;
    private final ExecutorConfig config;
    private final PathFollower follower;
    private final ProgressWatch watch;

    private Drive(RobotDriver driver, ExecutorConfig config, PathFollower follower) {
        this.driver = driver;
        this.config = config;
        this.follower = follower;
        this.watch = new ProgressWatch(config.stuckAfter());
    }

    /** A drive to {@code goal}, or a failure when no path exists. */
    static ActionRun to(Point goal, RobotDriver driver, GridPlanner planner, ExecutorConfig config) {
        Point from = driver.read().odometry().position();
        return switch (planner.plan(from, goal)) {
            case PathResult.Found path -> new Drive(driver, config,
                    new PathFollower(path.waypoints(), config.maxSpeed(), config.maxTurn(), config.tolerance()));
            case PathResult.Unreachable why -> new Immediate(new StepStatus.Failed(FailureReason.UNREACHABLE, why.reason()));
        };
    }

    @Override
    public StepStatus tick(SensorReading reading, Instant now) {
        if (follower.arrived(reading.odometry())) {
            driver.halt();
            return new StepStatus.Done();
        }
        if (watch.stuck(reading.odometry().position(), now)) {
            driver.halt();
            return new StepStatus.Failed(FailureReason.BLOCKED, "no progress for " + config.stuckAfter().toSeconds() + " s"
                    + (reading.bumper() ? " (bumper pressed)" : ""));
        }
        driver.drive(follower.command(reading.odometry()));
        return new StepStatus.Running(follower.progress());
    }

    @Override
    public void end(boolean interrupted, Instant now) {
        driver.halt();
    }
}
