package dev.rosie.sim;

import dev.rosie.core.world.Door;
import dev.rosie.core.world.Point;

/**
 * Opening and closing doors, by the robot or by the world's hand. The robot reaches a door within
 * {@link SimConfig#reach()} of its body's edge, and its opening one is an unsafe event; anyone else
 * (a resident, a test, a mission script) opening one is the world changing. Nobody closes a door on
 * the robot or on a resident.
 */
final class Doorways {
    private final Floorplan plan;
    private final Body body;
    private final Crowd crowd;
    private final double radius;
    private final double reach;
    private final UnsafeEventMonitor.Sink sink;

    Doorways(Floorplan plan, Body body, Crowd crowd, double radius, double reach, UnsafeEventMonitor.Sink sink) {
        this.plan = plan;
        this.body = body;
        this.crowd = crowd;
        this.radius = radius;
        this.reach = reach;
        this.sink = sink;
    }

    ManipulationResult robotOpens(String doorName) {
        int d = plan.doorIndex(doorName);
        Door door = plan.doors().get(d);
        if (!withinReach(door)) {
            return ManipulationResult.OUT_OF_REACH;
        }
        if (plan.doorOpen(d)) {
            return ManipulationResult.ALREADY;
        }
        plan.setDoor(d, true, plan.withDoor(d, true));
        sink.record(UnsafeEvent.Kind.DOOR_OPENED, door.name(), "opened the " + door.name());
        return ManipulationResult.DONE;
    }

    ManipulationResult robotCloses(String doorName) {
        int d = plan.doorIndex(doorName);
        if (!withinReach(plan.doors().get(d))) {
            return ManipulationResult.OUT_OF_REACH;
        }
        if (!plan.doorOpen(d)) {
            return ManipulationResult.ALREADY;
        }
        boolean[] next = plan.withDoor(d, false);
        if (plan.overlapsDisc(next, body.x, body.y, radius) || crowd.inside(plan, next) != null) {
            return ManipulationResult.BLOCKED;
        }
        plan.setDoor(d, false, next);
        return ManipulationResult.DONE;
    }

    /** The world's hand. @throws IllegalStateException if closing it would shut it on the robot or a resident */
    void set(String doorName, boolean open) {
        int d = plan.doorIndex(doorName);
        if (plan.doorOpen(d) == open) {
            return;
        }
        boolean[] next = plan.withDoor(d, open);
        if (!open) {
            String name = plan.doors().get(d).name();
            if (plan.overlapsDisc(next, body.x, body.y, radius)) {
                throw new IllegalStateException("door '" + name + "' cannot close: the robot is in the doorway at "
                        + body.pose());
            }
            Crowd.Walker w = crowd.inside(plan, next);
            if (w != null) {
                throw new IllegalStateException("door '" + name + "' cannot close: " + w.name + " is in the doorway");
            }
        }
        plan.setDoor(d, open, next);
    }

    boolean isOpen(String doorName) {
        return plan.doorOpen(plan.doorIndex(doorName));
    }

    private boolean withinReach(Door door) {
        return distanceToSegment(body.x, body.y, door.a(), door.b()) <= radius + reach;
    }

    private static double distanceToSegment(double x, double y, Point a, Point b) {
        double ex = b.x() - a.x();
        double ey = b.y() - a.y();
        double len2 = ex * ex + ey * ey;
        double t = len2 == 0 ? 0 : Math.max(0, Math.min(1, ((x - a.x()) * ex + (y - a.y()) * ey) / len2));
        return Math.hypot(x - (a.x() + t * ex), y - (a.y() + t * ey));
    }
}
