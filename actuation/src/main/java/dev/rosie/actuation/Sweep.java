package dev.rosie.actuation;

import dev.rosie.actuation.motion.GridPlanner;
import dev.rosie.actuation.motion.PathFollower;
import dev.rosie.actuation.motion.PathResult;
import dev.rosie.core.action.CleanMode;
import dev.rosie.core.command.Command;
import dev.rosie.core.execution.ExecutionEvent;
import dev.rosie.core.execution.ExecutionListener;
import dev.rosie.core.execution.FailureReason;
import dev.rosie.core.robot.DriveCommand;
import dev.rosie.core.robot.RobotDriver;
import dev.rosie.core.robot.SensorReading;
import dev.rosie.core.world.Cell;
import dev.rosie.core.world.CleaningOutcome;
import dev.rosie.core.world.CleaningRun;
import dev.rosie.core.world.OccupancyGrid;
import dev.rosie.core.world.Point;
import dev.rosie.core.world.Pose;
import dev.rosie.core.world.Room;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Cleans one room: drives each coverage sweep in turn (with a global path to each sweep's start),
 * suction on, and marks every floor cell the body passes over. Whatever way it ends, it reports the
 * cells it cleaned as one cleaning run, so the log never claims more than was done.
 *
 * <p>Local avoidance checks every command: near people and pets it slows, while one is in the way it
 * waits. A sweep someone keeps standing in is put off (the rest of it is swept again at the end, once);
 * a transit is planned round them; a leg that stays blocked past the give-up time is skipped, and the
 * coverage figure shows it.
 */
final class Sweep implements ActionRun {
    private final RobotDriver driver;
    private final Motion motion;
    private final GridPlanner planner;
    private final ExecutorConfig config;
    private final Command command;
    private final ExecutionListener listener;
    private final Room room;
    private final List<Point[]> sweeps;
    /** Sweeps from this index on are remainders put off because someone stood in them. */
    private final int planned;
    private Avoider avoider;
    private boolean stalled;
    private final Set<Cell> floor;
    private final Set<Cell> cleaned = new HashSet<>();
    private final List<int[]> footprint;
    private final OccupancyGrid grid;
    private final ProgressWatch watch;
    private final BackOff backOff = new BackOff();
    private boolean replanLeg;

    private int index = -1;
    private int sweepsReached;
    private boolean inTransit;
    private PathFollower follower;
    private Instant started;
    private boolean finished;

    Sweep(Room room, CleanMode mode, Command command, Motion motion, ExecutionListener listener) {
        this.room = room;
        this.command = command;
        this.motion = motion;
        this.driver = motion.driver();
        this.planner = motion.planner();
        this.config = motion.config();
        this.listener = listener;
        this.sweeps = new ArrayList<>(motion.terrain().coverage().sweeps(room, mode));
        this.planned = sweeps.size();
        this.avoider = motion.avoider();
        this.floor = motion.terrain().coverage().reachableFloor(room, config.cleaningRadius());
        this.grid = planner.costs().grid();
        this.footprint = disc(config.cleaningRadius(), grid.resolution());
        this.watch = new ProgressWatch(config.stuckAfter());
    }

    @Override
    public StepStatus tick(SensorReading reading, Instant now) {
        if (started == null) {
            started = now;
            driver.suction(true);
        }
        Pose pose = reading.odometry();
        mark(pose.position());
        if (backOff.active(driver, now, cmd -> motion.guard().check(cmd, pose, motion.surroundings().tracks(now)).command())) {
            return running();
        }
        if (replanLeg) {
            replanLeg = false;
            redoLeg(pose.position());
        }
        if (reading.bumper() && follower != null) {
            if (backOff.start(now)) {
                replanLeg = true;
            } else {
                backOff.reset();
                follower = null; // this leg keeps bumping: give it up and go on with the next
                inTransit = false;
            }
            backOff.active(driver, now);
            return running();
        }
        if (watch.stuck(pose.position(), now)) {
            driver.halt();
            return new StepStatus.Failed(FailureReason.BLOCKED, "stuck while cleaning the " + room.name()
                    + (reading.bumper() ? " (bumper pressed)" : ""));
        }
        while (follower == null || follower.arrived(pose)) {
            if (!advance(pose.position())) {
                driver.halt();
                return sweepsReached > 0 ? new StepStatus.Done()
                        : new StepStatus.Failed(FailureReason.UNREACHABLE, "no way into the " + room.name()
                                + " from here (a closed door, or no floor the robot fits on)");
            }
        }
        avoid(pose, now);
        return running();
    }

    /** Sends the follower's command through local avoidance, putting off or skipping legs someone blocks. */
    private void avoid(Pose pose, Instant now) {
        switch (avoider.step(follower.command(pose), pose, now)) {
            case Avoider.Step.Go go -> {
                if (stalled) {
                    // Off the line after standing still: a transit is planned afresh, a sweep goes straight on.
                    stalled = false;
                    redoLeg(pose.position());
                    driver.drive(DriveCommand.ZERO);
                    return;
                }
                driver.drive(go.command());
            }
            case Avoider.Step.Wait w -> {
                driver.drive(DriveCommand.ZERO);
                watch.reset(pose.position(), now);
                stalled = true;
            }
            case Avoider.Step.Detour d -> {
                driver.drive(DriveCommand.ZERO);
                watch.reset(pose.position(), now);
                Point[] s = sweeps.get(index);
                if (inTransit) {
                    if (motion.terrain().avoiding(d.around()).plan(pose.position(), s[0]) instanceof PathResult.Found path) {
                        follower = new PathFollower(path.waypoints(), config.maxSpeed(), config.maxTurn(), config.tolerance());
                    }
                } else {
                    if (index < planned && pose.position().distanceTo(s[1]) > 2 * config.tolerance()) {
                        sweeps.add(new Point[] {pose.position(), s[1]}); // the rest of this sweep, later
                    }
                    follower = null;
                    avoider = motion.avoider();
                }
            }
            case Avoider.Step.GiveUp g -> {
                driver.drive(DriveCommand.ZERO);
                follower = null; // this leg stays blocked: go on with the next
                inTransit = false;
                avoider = motion.avoider();
            }
        }
    }

    private StepStatus running() {
        return new StepStatus.Running(sweeps.isEmpty() ? 1 : (double) Math.max(0, index) / sweeps.size());
    }

    /** After backing off: a transit is planned again from here; a sweep continues straight to its end. */
    private void redoLeg(Point here) {
        if (follower == null || index < 0 || index >= sweeps.size()) {
            return;
        }
        Point[] s = sweeps.get(index);
        if (inTransit) {
            follower = planner.plan(here, s[0]) instanceof PathResult.Found path
                    ? new PathFollower(path.waypoints(), config.maxSpeed(), config.maxTurn(), config.tolerance())
                    : null;
            inTransit = follower != null;
        } else {
            follower = new PathFollower(List.of(here, s[1]), config.cleaningSpeed(), config.maxTurn(), config.tolerance());
        }
    }

    /** Moves to the next leg: the transit to a sweep's start, then the sweep itself. False when all are done. */
    private boolean advance(Point here) {
        backOff.reset();
        avoider = motion.avoider();
        stalled = false;
        if (inTransit) {
            inTransit = false;
            Point[] s = sweeps.get(index);
            follower = new PathFollower(List.of(here, s[1]), config.cleaningSpeed(), config.maxTurn(), config.tolerance());
            return true;
        }
        while (++index < sweeps.size()) {
            Point start = sweeps.get(index)[0];
            if (here.distanceTo(start) <= config.tolerance()) {
                sweepsReached++;
                inTransit = true;
                follower = new PathFollower(List.of(here), config.maxSpeed(), config.maxTurn(), config.tolerance());
                return true;
            }
            if (planner.plan(here, start) instanceof PathResult.Found path) {
                sweepsReached++;
                inTransit = true;
                follower = new PathFollower(path.waypoints(), config.maxSpeed(), config.maxTurn(), config.tolerance());
                return true;
            }
            // A sweep start no path reaches (behind furniture) is skipped; coverage will show it.
        }
        return false;
    }

    private void mark(Point p) {
        Cell centre = grid.cellOf(p);
        for (int[] d : footprint) {
            Cell c = new Cell(centre.ix() + d[0], centre.iy() + d[1]);
            if (floor.contains(c)) {
                cleaned.add(c);
            }
        }
    }

    @Override
    public void end(boolean interrupted, Instant now) {
        driver.halt();
        if (finished || started == null) {
            return;
        }
        finished = true;
        // A room none of whose sweeps could be reached was not cleaned, whatever the index says: logging
        // it as completed would make the cooldown refuse the real clean later.
        CleaningOutcome outcome = interrupted ? CleaningOutcome.INTERRUPTED
                : index >= sweeps.size() && sweepsReached > 0 ? CleaningOutcome.COMPLETED : CleaningOutcome.FAILED;
        CleaningRun run = new CleaningRun(command.id(), room.name(), command.source(), started, now, outcome, cleaned);
        listener.on(new ExecutionEvent.CleaningFinished(command.id(), now, run, floor.size()));
    }

    /** Cell offsets whose centres lie within {@code radius} of a cell centre. */
    private static List<int[]> disc(double radius, double resolution) {
        int r = (int) Math.ceil(radius / resolution);
        List<int[]> out = new ArrayList<>();
        for (int dy = -r; dy <= r; dy++) {
            for (int dx = -r; dx <= r; dx++) {
                if (Math.hypot(dx, dy) * resolution <= radius) {
                    out.add(new int[] {dx, dy});
                }
            }
        }
        return out;
    }
}
