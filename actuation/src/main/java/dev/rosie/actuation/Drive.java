package dev.rosie.actuation;

import dev.rosie.actuation.motion.GridPlanner;
import dev.rosie.actuation.motion.PathFollower;
import dev.rosie.actuation.motion.PathResult;
import dev.rosie.core.execution.FailureReason;
import dev.rosie.core.robot.DriveCommand;
import dev.rosie.core.robot.SensorReading;
import dev.rosie.core.world.Point;
import java.time.Instant;

/**
 * Drives to a point along a global path, every command checked by local avoidance: it slows near
 * people and pets, waits while one is in the way, plans a way round one that stays put, and fails
 * as blocked, with the reason, rather than pushing through. Fails as blocked too when it makes no
 * progress for the configured time for any other reason (a bumper held down).
 */
final class Drive implements ActionRun {
    private final Motion motion;
    private final Point goal;
    private final ProgressWatch watch;
    private final BackOff backOff = new BackOff();
    private final Avoider avoider;
    private PathFollower follower;
    private boolean replan;
    /** Stepping aside to let someone through: on arrival, plan to the goal again rather than finish. */
    private boolean makingWay;
    /** Stood still for someone since the path was last planned. */
    private boolean stalled;

    private Drive(Motion motion, Point goal, PathFollower follower) {
        this.motion = motion;
        this.goal = goal;
        this.follower = follower;
        this.watch = new ProgressWatch(motion.config().stuckAfter());
        this.avoider = motion.avoider();
    }

    /** A drive to {@code goal}, or a failure when no path exists. */
    static ActionRun to(Point goal, Motion motion) {
        Point from = motion.driver().read().odometry().position();
        return switch (motion.planner().plan(from, goal)) {
            case PathResult.Found path -> new Drive(motion, goal, follow(path, motion.config()));
            case PathResult.Unreachable why -> new Immediate(new StepStatus.Failed(FailureReason.UNREACHABLE, why.reason()));
        };
    }

    private static PathFollower follow(PathResult.Found path, ExecutorConfig config) {
        return new PathFollower(path.waypoints(), config.maxSpeed(), config.maxTurn(), config.tolerance());
    }

    @Override
    public StepStatus tick(SensorReading reading, Instant now) {
        var driver = motion.driver();
        if (backOff.active(driver, now, cmd -> motion.guard().check(cmd, reading.odometry(),
                motion.surroundings().tracks(now)).command())) {
            return new StepStatus.Running(follower.progress());
        }
        if (replan) {
            replan = false;
            switch (motion.planner().plan(reading.odometry().position(), goal)) {
                case PathResult.Found path -> follower = follow(path, motion.config());
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
            if (makingWay) {
                makingWay = false;
                replan = true;
                driver.drive(DriveCommand.ZERO);
                return new StepStatus.Running(0);
            }
            driver.halt();
            return new StepStatus.Done();
        }
        switch (avoider.step(follower.command(reading.odometry()), reading.odometry(), now)) {
            case Avoider.Step.Go go -> {
                if (stalled && !makingWay) {
                    // Stopping and crawling leave the body off its line, and the follower would cut
                    // straight to the next waypoint, past a door frame: plan afresh from here first.
                    stalled = false;
                    replan = true;
                    driver.drive(DriveCommand.ZERO);
                    return new StepStatus.Running(follower.progress());
                }
                driver.drive(go.command());
            }
            case Avoider.Step.Wait w -> {
                driver.drive(DriveCommand.ZERO);
                watch.reset(reading.odometry().position(), now);
                stalled = true;
            }
            case Avoider.Step.Detour d -> {
                driver.drive(DriveCommand.ZERO);
                watch.reset(reading.odometry().position(), now);
                GridPlanner around = motion.terrain().avoiding(d.around());
                var cell = around.costs().grid().cellOf(goal);
                boolean goalTaken = !around.nearestFree(cell, GridPlanner.SNAP_RADIUS)
                        .equals(motion.planner().nearestFree(cell, GridPlanner.SNAP_RADIUS));
                // Someone standing on the goal itself is waited for: a way round would end somewhere else.
                Point here = reading.odometry().position();
                if (!goalTaken && around.plan(here, goal) instanceof PathResult.Found path) {
                    follower = follow(path, motion.config());
                    stalled = false;
                } else {
                    // No way round: whoever stands there may be waiting for the robot to move. Step aside.
                    Aside.spot(here, d.around(), around).ifPresent(path -> {
                        stalled = false;
                        follower = follow(path, motion.config());
                        makingWay = true;
                    });
                }
            }
            case Avoider.Step.GiveUp g -> {
                driver.halt();
                return new StepStatus.Failed(FailureReason.BLOCKED, g.reason());
            }
        }
        if (watch.stuck(reading.odometry().position(), now)) {
            driver.halt();
            return new StepStatus.Failed(FailureReason.BLOCKED, "no progress for " + motion.config().stuckAfter().toSeconds()
                    + " s" + (reading.bumper() ? " (bumper pressed)" : ""));
        }
        return new StepStatus.Running(follower.progress());
    }

    @Override
    public void end(boolean interrupted, Instant now) {
        motion.driver().halt();
    }
}
