package dev.rosie.actuation.avoid;

import dev.rosie.core.robot.DriveCommand;
import dev.rosie.core.world.Pose;
import java.util.List;

/**
 * Checks the velocity the path follower wants against the tracks, in the manner of the dynamic
 * window approach: the robot's motion under a candidate forward speed is rolled out over a short
 * horizon beside each track's own predicted motion, and the fastest candidate (from the wanted speed
 * down to a crawl) that does not bring the body within {@code clearance} of anything sooner than
 * standing still would is sent. Standing still is always allowed, and so is turning on the spot (the
 * body is a disc): if nothing else is safe, the robot yields. Near anything tracked the speed is
 * capped at the crawl, looking {@code slowLookahead} ahead so that someone walking up is slowed for
 * before they arrive. Things behind the direction of motion never stop the robot moving away.
 */
public final class VelocityGuard {
    private static final double STEP = 0.1;
    private static final double[] FRACTIONS = {1.0, 0.7, 0.45, 0.25, 0.12};
    /** The follower steers its heading error away proportionally at this rate; rolled-out turns decay the same way. */
    private static final double TURN_DECAY = 2.5;

    /** What to do with the wanted command. */
    public enum Kind { CLEAR, SLOWED, YIELDING }

    /** The command to send, and why; {@code blockers} are what the robot yields to. */
    public record Decision(DriveCommand command, Kind kind, List<Track> blockers) {
        public Decision {
            blockers = List.copyOf(blockers);
        }
    }

    private final AvoidanceConfig config;
    private final double robotRadius;

    public VelocityGuard(AvoidanceConfig config, double robotRadius) {
        this.config = config;
        this.robotRadius = robotRadius;
    }

    /** Checks {@code wanted} from {@code pose} against {@code tracks} (predicted to now). */
    public Decision check(DriveCommand wanted, Pose pose, List<Track> tracks) {
        return check(wanted, pose, tracks, Double.POSITIVE_INFINITY);
    }

    /**
     * As {@link #check(DriveCommand, Pose, List)}, also crawling when a blind corner is within
     * {@link AvoidanceConfig#blindRadius()}: {@code blindCorner} is the distance to the nearest, m.
     */
    public Decision check(DriveCommand wanted, Pose pose, List<Track> tracks, double blindCorner) {
        double v = wanted.linear();
        double w = wanted.angular();
        if (!config.enabled() || v == 0) {
            return new Decision(wanted, Kind.CLEAR, List.of());
        }
        boolean blind = blindCorner < config.blindRadius() && Math.abs(v) > config.slowSpeed();
        if (tracks.isEmpty()) {
            return blind ? new Decision(new DriveCommand(Math.signum(v) * config.slowSpeed(), w), Kind.SLOWED, List.of())
                    : new Decision(wanted, Kind.CLEAR, List.of());
        }
        double cap = Math.abs(v);
        boolean slowed = false;
        if (cap > config.slowSpeed() && (blind || nearAny(pose, v, w, tracks))) {
            cap = config.slowSpeed();
            slowed = true;
        }
        int steps = (int) Math.ceil(config.horizon() / STEP);
        List<Track> blockers = List.of();
        for (double f : FRACTIONS) {
            double candidate = Math.signum(v) * cap * f;
            double[] path = rollOut(pose, candidate, w, steps);
            blockers = tracks.stream().filter(t -> unsafe(pose, candidate, path, t)).toList();
            if (blockers.isEmpty()) {
                // The turn rate stays as the follower asked: it steers the heading, and a body still
                // slowing down (wheels take time) would swing wide of its path if the turn were cut too.
                return new Decision(new DriveCommand(candidate, w), slowed || f < 1 ? Kind.SLOWED : Kind.CLEAR, List.of());
            }
        }
        return new Decision(DriveCommand.ZERO, Kind.YIELDING, blockers);
    }

    /** Whether anything tracked comes within the slow radius over the look-ahead, the robot moving as wanted. */
    private boolean nearAny(Pose pose, double v, double w, List<Track> tracks) {
        int steps = (int) Math.ceil(config.slowLookahead() / STEP);
        double[] path = rollOut(pose, v, w, steps);
        for (Track t : tracks) {
            for (int k = 0; k <= steps; k++) {
                if (distance(path, k, t) - t.radius() < config.slowRadius()) {
                    return true;
                }
            }
        }
        return false;
    }

    private boolean unsafe(Pose pose, double v, double[] path, Track t) {
        double required = robotRadius + t.radius() + config.clearance();
        double dx = t.position().x() - pose.x();
        double dy = t.position().y() - pose.y();
        if (Math.hypot(dx, dy) < required) {
            // Already too close: only motion that leads away from it is allowed.
            return (dx * Math.cos(pose.theta()) + dy * Math.sin(pose.theta())) * Math.signum(v) > 0;
        }
        int steps = path.length / 2 - 1;
        double[] still = new double[path.length];
        for (int k = 0; k <= steps; k++) {
            still[2 * k] = pose.x();
            still[2 * k + 1] = pose.y();
        }
        return firstConflict(path, t, required) < firstConflict(still, t, required);
    }

    /** The first rolled-out step at which the body comes within {@code required} of the track, or MAX_VALUE. */
    private static int firstConflict(double[] path, Track t, double required) {
        for (int k = 1; k < path.length / 2; k++) {
            if (distance(path, k, t) < required) {
                return k;
            }
        }
        return Integer.MAX_VALUE;
    }

    private static double distance(double[] path, int k, Track t) {
        double time = k * STEP;
        return Math.hypot(path[2 * k] - (t.position().x() + t.vx() * time), path[2 * k + 1] - (t.position().y() + t.vy() * time));
    }

    /**
     * Where the body will be at each {@code STEP} up to {@code steps}, as x, y pairs, moving at
     * {@code v} with its turn rate decaying from {@code w} as the follower's does.
     */
    private static double[] rollOut(Pose pose, double v, double w, int steps) {
        double[] out = new double[2 * (steps + 1)];
        double x = pose.x();
        double y = pose.y();
        out[0] = x;
        out[1] = y;
        int sub = 4;
        double h = STEP / sub;
        for (int k = 1; k <= steps; k++) {
            for (int i = 0; i < sub; i++) {
                double t = (k - 1) * STEP + (i + 0.5) * h;
                double heading = pose.theta() + w / TURN_DECAY * (1 - Math.exp(-TURN_DECAY * t));
                x += v * h * Math.cos(heading);
                y += v * h * Math.sin(heading);
            }
            out[2 * k] = x;
            out[2 * k + 1] = y;
        }
        return out;
    }
}
