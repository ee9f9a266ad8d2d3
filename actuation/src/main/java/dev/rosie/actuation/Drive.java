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
    private final GridPlanner planner;
    private final Point goal;
    private final ProgressWatch watch;
    private final BackOff backOff = new BackOff();
    private PathFollower follower;
    private boolean replan;

    private Drive(RobotDriver driver, ExecutorConfig config, GridPlanner planner, Point goal, PathFollower follower) {
        this.driver = driver;
        this.config = config;
        this.planner = planner;
        this.goal = goal;
        this.follower = follower;
        this.watch = new ProgressWatch(config.stuckAfter());
    }

    /** A drive to {@code goal}, or a failure when no path exists. */
    static ActionRun to(Point goal, RobotDriver driver, GridPlanner planner, ExecutorConfig config) {
        Point from = driver.read().odometry().position();
        return switch (planner.plan(from, goal)) {
            case PathResult.Found path -> new Drive(driver, config, planner, goal, follow(path, config));
            case PathResult.Unreachable why -> new Immediate(new StepStatus.Failed(FailureReason.UNREACHABLE, why.reason()));
        };
    }

    private static PathFollower follow(PathResult.Found path, ExecutorConfig config) {
        return new PathFollower(path.waypoints(), config.maxSpeed(), config.maxTurn(), config.tolerance());
    }

    @Override
    public StepStatus tick(SensorReading reading, Instant now) {
        if (backOff.active(driver, now)) {
            return new StepStatus.Running(follower.progress());
        }
        if (replan) {
            replan = false;
            switch (planner.plan(reading.odometry().position(), goal)) {
                case PathResult.Found path -> follower = follow(path, config);
                case PathResult.Unreachable why -> {
                    driver.halt();
                    return new StepStatus.Failed(FailureReason.UNREACHABLE, why.reason());
                }
            }
        }
        if (reading.bumper() && !follower.arrived(reading.odometry())) {
            if (!backOff.start(now)) {
                driver.halt();
                return new StepStatus.Failed(FailureReason.BLOCKED, "bumped into something " + BackOff.MAX_TRIES
                        + " times on the way; giving up");
            }
            replan = true;
            backOff.active(driver, now);
            return new StepStatus.Running(follower.progress());
        }
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
