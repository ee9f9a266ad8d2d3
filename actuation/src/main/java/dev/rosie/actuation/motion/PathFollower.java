package dev.rosie.actuation.motion;

import dev.rosie.core.robot.DriveCommand;
import dev.rosie.core.world.Point;
import dev.rosie.core.world.Pose;
import java.util.List;

/**
 * Follows a list of waypoints: turn in place when facing away, otherwise drive toward a look-ahead
 * point with a proportional turn, slowing on the approach to the last waypoint. Stateful (which
 * waypoint is next); one follower per path.
 */
public final class PathFollower {
    /**
     * Heading error beyond which the robot turns on the spot before driving. Small, because driving
     * off while still turning swings the body sideways off the planned line, toward what the line
     * was planned to keep clear of.
     */
    private static final double TURN_IN_PLACE = 0.2;

    private final List<Point> waypoints;
    private final double maxSpeed;
    private final double maxTurn;
    private final double tolerance;
    private int next = 1;

    public PathFollower(List<Point> waypoints, double maxSpeed, double maxTurn, double tolerance) {
        if (waypoints.isEmpty()) {
            throw new IllegalArgumentException("nothing to follow");
        }
        this.waypoints = List.copyOf(waypoints);
        this.maxSpeed = maxSpeed;
        this.maxTurn = maxTurn;
        this.tolerance = tolerance;
        if (this.waypoints.size() == 1) {
            next = 0;
        }
    }

    public boolean arrived(Pose pose) {
        return next >= waypoints.size() - 1 && pose.position().distanceTo(waypoints.getLast()) <= tolerance;
    }

    /** Fraction of waypoints passed, 0 to 1. */
    public double progress() {
        return waypoints.size() <= 1 ? 1 : (double) Math.min(next, waypoints.size() - 1) / (waypoints.size() - 1);
    }

    public DriveCommand command(Pose pose) {
        Point here = pose.position();
        while (next < waypoints.size() - 1 && (here.distanceTo(waypoints.get(next)) <= tolerance || passed(here))) {
            next++;
        }
        if (arrived(pose)) {
            return DriveCommand.ZERO;
        }
        Point target = waypoints.get(next);
        double heading = Math.atan2(target.y() - here.y(), target.x() - here.x());
        double error = Pose.normalizeAngle(heading - pose.theta());
        double turn = clamp(2.5 * error, maxTurn);
        if (Math.abs(error) > TURN_IN_PLACE) {
            return new DriveCommand(0, turn);
        }
        double remaining = here.distanceTo(target);
        for (int i = next; i < waypoints.size() - 1; i++) {
            remaining += waypoints.get(i).distanceTo(waypoints.get(i + 1));
        }
        double speed = Math.min(maxSpeed, Math.max(0.05, 1.2 * remaining)) * Math.cos(error);
        return new DriveCommand(speed, turn);
    }

    /**
     * Whether the body is level with or beyond the next waypoint along its leg. Turning for the leg
     * after only then (not some way before the corner) keeps the robot from cutting the corner: the
     * planner puts corners as close to door frames as the body's clearance allows.
     */
    private boolean passed(Point here) {
        Point a = waypoints.get(next - 1 < 0 ? 0 : next - 1);
        Point b = waypoints.get(next);
        double dx = b.x() - a.x();
        double dy = b.y() - a.y();
        double len2 = dx * dx + dy * dy;
        if (len2 < 1e-12) {
            return true;
        }
        double t = ((here.x() - a.x()) * dx + (here.y() - a.y()) * dy) / len2;
        return t >= 1 && here.distanceTo(b) <= tolerance * 2;
    }

    private static double clamp(double v, double limit) {
        return Math.max(-limit, Math.min(limit, v));
    }
}
