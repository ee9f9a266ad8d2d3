package dev.rosie.actuation;

import dev.rosie.core.execution.FailureReason;
import dev.rosie.core.robot.ActuatorResult;
import dev.rosie.core.robot.DriveCommand;
import dev.rosie.core.robot.RobotDriver;
import dev.rosie.core.robot.SensorReading;
import dev.rosie.core.world.Point;
import dev.rosie.core.world.Pose;
import java.time.Instant;
import java.util.function.Supplier;

/**
 * Goes to something, faces it, stands still, then uses the gripper or door opener on it: picking
 * up, putting down, opening and closing doors, looking at things. The actuator's own answer decides
 * success, so "out of reach" or "gripper full" come back as a typed failure with the body's words.
 */
final class Handle implements ActionRun {
    private static final double FACING = 0.15;
    private static final double STILL = 0.01;

    private enum Phase { APPROACH, FACE, SETTLE }

    private final RobotDriver driver;
    private final ActionRun approach;
    private final Point target;
    private final Supplier<ActuatorResult> act;
    private final double maxTurn;
    private Phase phase = Phase.APPROACH;

    private Handle(RobotDriver driver, ActionRun approach, Point target, Supplier<ActuatorResult> act, double maxTurn) {
        this.driver = driver;
        this.approach = approach;
        this.target = target;
        this.act = act;
        this.maxTurn = maxTurn;
    }

    /** Drive near {@code target}, face it, then do {@code act}. */
    static ActionRun at(Point target, Supplier<ActuatorResult> act, Motion motion) {
        return at(target, target, act, motion);
    }

    /** Drive to {@code stand}, face {@code target}, then do {@code act}. */
    static ActionRun at(Point stand, Point target, Supplier<ActuatorResult> act, Motion motion) {
        return new Handle(motion.driver(), Drive.to(stand, motion), target, act, motion.config().maxTurn());
    }

    @Override
    public StepStatus tick(SensorReading reading, Instant now) {
        switch (phase) {
            case APPROACH -> {
                StepStatus s = approach.tick(reading, now);
                if (!(s instanceof StepStatus.Done)) {
                    return s instanceof StepStatus.Running r ? new StepStatus.Running(r.progress() * 0.9) : s;
                }
                approach.end(false, now);
                phase = Phase.FACE;
            }
            case FACE -> {
                Pose pose = reading.odometry();
                double error = Pose.normalizeAngle(Math.atan2(target.y() - pose.y(), target.x() - pose.x()) - pose.theta());
                if (Math.abs(error) > FACING) {
                    driver.drive(new DriveCommand(0, Math.max(-maxTurn, Math.min(maxTurn, 2.0 * error))));
                    return new StepStatus.Running(0.95);
                }
                driver.drive(DriveCommand.ZERO);
                phase = Phase.SETTLE;
            }
            case SETTLE -> {
                if (Math.abs(reading.linear()) > STILL || Math.abs(reading.angular()) > STILL) {
                    driver.drive(DriveCommand.ZERO);
                    return new StepStatus.Running(0.97);
                }
                ActuatorResult result = act.get();
                return result.succeeded() ? new StepStatus.Done()
                        : new StepStatus.Failed(FailureReason.MANIPULATION_FAILED, result.detail());
            }
        }
        return new StepStatus.Running(0.95);
    }

    @Override
    public void end(boolean interrupted, Instant now) {
        approach.end(interrupted, now);
        driver.halt();
    }
}
