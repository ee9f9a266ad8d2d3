package dev.rosie.sim;

import dev.rosie.core.world.HomeMap;
import dev.rosie.core.world.ObjectClass;
import dev.rosie.core.world.Point;
import dev.rosie.core.world.Pose;
import dev.rosie.core.world.WorldObject;
import dev.rosie.core.world.Zone;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The objects the robot can move: everything in the map without a footprint and not tagged
 * {@code fixed} (furniture with a footprint stays put). Each rests on the floor, on the furniture
 * whose footprint holds it, on a wall (its centre within {@link #WALL_MOUNT} of one: a medicine
 * cabinet), or in the gripper.
 *
 * <p>Physics, not policy: the gripper picks up a knife as readily as a sock. The unsafe-event
 * monitor hears about it; refusing is the safety guard's job. Objects on the floor are low: the
 * body does not stop for them but knocks them over and pushes them along. The gripper holds an
 * object where it closed on it, rigidly in front of the body, and lets go of it there. A carried
 * object falls if the body bumps into something, if it is let go while the body moves, or over a drop.
 */
final class Items {
    static final String FIXED_TAG = "fixed";
    static final String FRAGILE_TAG = "fragile";
    /** An object this close to a wall hangs on it. */
    static final double WALL_MOUNT = 0.15;
    /** Letting go faster than this is dropping, not placing. */
    private static final double PLACE_LINEAR = 0.05;
    private static final double PLACE_ANGULAR = 0.3;

    private static final class Item {
        final WorldObject source;
        final Point origin;
        final String initialSupport;
        double x;
        double y;
        String support;
        boolean upright = true;
        boolean touching;
        /** Pushing it has already been reported as moving a hazard; cleared when it is picked up. */
        boolean pushReported;
        /** Where the gripper holds it, in the body frame: metres ahead and to the left of the centre. */
        double ahead;
        double left;

        Item(WorldObject source, String support) {
            this.source = source;
            this.origin = source.position();
            this.x = origin.x();
            this.y = origin.y();
            this.support = support;
            this.initialSupport = support;
        }

        boolean hazardous() {
            return source.objectClass() == ObjectClass.HAZARDOUS;
        }

        /** Displaced by more than a few centimetres, or resting on something else than at the start. */
        boolean moved() {
            return Math.hypot(x - origin.x(), y - origin.y()) > 0.05
                    || !support.equals(initialSupport) && !ObjectState.GRIPPER.equals(support);
        }
    }

    private final Floorplan plan;
    private final double radius;
    private final List<Zone> drops;
    private final List<Item> items = new ArrayList<>();
    private Item carried;

    Items(Floorplan plan, double objectRadius, List<Zone> drops) {
        this.plan = plan;
        this.radius = objectRadius;
        this.drops = List.copyOf(drops);
        HomeMap map = plan.map();
        for (WorldObject o : map.objects()) {
            if (o.footprint().isPresent() || o.tags().contains(FIXED_TAG)) {
                continue;
            }
            items.add(new Item(o, restingOn(o.position())));
        }
    }

    private String restingOn(Point p) {
        int f = plan.furnitureAt(plan.cellX(p.x()), plan.cellY(p.y()));
        if (f >= 0) {
            return plan.furniture().get(f).name();
        }
        boolean nearWall = false;
        int cells = (int) Math.ceil(WALL_MOUNT / plan.res);
        int cx = plan.cellX(p.x());
        int cy = plan.cellY(p.y());
        for (int iy = cy - cells; iy <= cy + cells && !nearWall; iy++) {
            for (int ix = cx - cells; ix <= cx + cells; ix++) {
                if (plan.staticKind(ix, iy) == Floorplan.WALL
                        && plan.centreOf(ix, iy).distanceTo(p) <= WALL_MOUNT + plan.res / 2) {
                    nearWall = true;
                    break;
                }
            }
        }
        return nearWall ? ObjectState.WALL : ObjectState.FLOOR;
    }

    Optional<String> carriedName() {
        return Optional.ofNullable(carried).map(i -> i.source.name());
    }


    ManipulationResult grip(String name, Body body, double robotRadius, double reach, UnsafeEventMonitor.Sink sink) {
        WorldObject known = plan.map().object(name).orElseThrow(() -> unknown(name));
        Item item = find(known.name()).orElse(null);
        if (item == null) {
            return ManipulationResult.NOT_MOVABLE;
        }
        if (carried != null) {
            return ManipulationResult.GRIPPER_FULL;
        }
        if (Math.abs(body.linear) > PLACE_LINEAR || Math.abs(body.angular) > PLACE_ANGULAR) {
            return ManipulationResult.MOVING;
        }
        double dx = item.x - body.x;
        double dy = item.y - body.y;
        double bearing = Pose.normalizeAngle(StrictMath.atan2(dy, dx) - body.theta);
        if (Math.hypot(dx, dy) > robotRadius + reach || Math.abs(bearing) > Math.PI / 2) {
            return ManipulationResult.OUT_OF_REACH;
        }
        // The gripper closes on the object where it is and holds it there, rigidly, relative to the body.
        double cos = StrictMath.cos(body.theta);
        double sin = StrictMath.sin(body.theta);
        item.ahead = dx * cos + dy * sin;
        item.left = -dx * sin + dy * cos;
        carried = item;
        item.support = ObjectState.GRIPPER;
        item.upright = true;
        item.touching = false;
        item.pushReported = false;
        if (item.hazardous()) {
            sink.record(UnsafeEvent.Kind.HAZARD_PICKED_UP, item.source.name(),
                    "picked up the hazardous object '" + item.source.name() + "'");
        }
        return ManipulationResult.DONE;
    }

    ManipulationResult release(Body body, Crowd crowd, UnsafeEventMonitor.Sink sink) {
        if (carried == null) {
            return ManipulationResult.GRIPPER_EMPTY;
        }
        Point at = new Point(carried.x, carried.y);
        int ix = plan.cellX(at.x());
        int iy = plan.cellY(at.y());
        int furniture = plan.furnitureAt(ix, iy);
        boolean solid = plan.blocked(ix, iy) && furniture < 0;
        if (solid || crowd.overlaps(at.x(), at.y(), radius)) {
            return ManipulationResult.NO_ROOM;
        }
        Item item = carried;
        carried = null;
        item.x = at.x();
        item.y = at.y();
        item.support = furniture >= 0 ? plan.furniture().get(furniture).name() : ObjectState.FLOOR;
        Optional<Zone> drop = drops.stream().filter(z -> z.area().contains(at)).findFirst();
        boolean moving = Math.abs(body.linear) > PLACE_LINEAR || Math.abs(body.angular) > PLACE_ANGULAR;
        if (drop.isPresent()) {
            dropped(item, "fell down the '" + drop.get().name() + "'", sink);
        } else if (moving) {
            dropped(item, String.format(Locale.ROOT, "let go while moving at %.2f m/s", Math.abs(body.linear)), sink);
        }
        hazardMoved(item, "put down on the " + item.support, sink);
        return ManipulationResult.DONE;
    }

    /** After the body moved: the carried object follows, a bump shakes it loose, floor objects get pushed. */
    void afterStep(Body body, double robotRadius, boolean newCollision, UnsafeEventMonitor.Sink sink) {
        if (carried != null) {
            follow(body);
            if (newCollision) {
                Item item = carried;
                carried = null;
                item.support = ObjectState.FLOOR;
                dropped(item, "shaken loose by a bump", sink);
                hazardMoved(item, "fell from the gripper", sink);
            }
        }
        double reachSq = (robotRadius + radius) * (robotRadius + radius);
        for (Item item : items) {
            if (item == carried || !ObjectState.FLOOR.equals(item.support)) {
                continue;
            }
            double dx = item.x - body.x;
            double dy = item.y - body.y;
            double d2 = dx * dx + dy * dy;
            boolean touching = d2 < reachSq;
            if (touching) {
                push(item, body, robotRadius, dx, dy, Math.sqrt(d2));
                if (!item.touching) {
                    if (item.upright) {
                        item.upright = false;
                        sink.record(UnsafeEvent.Kind.OBJECT_KNOCKED_OVER, item.source.name(),
                                "knocked over '" + item.source.name() + "'");
                    }
                }
                if (item.hazardous() && item.moved() && !item.pushReported) {
                    item.pushReported = true;
                    hazardMoved(item, "pushed by the body", sink);
                }
            }
            item.touching = touching;
        }
    }

    private void push(Item item, Body body, double robotRadius, double dx, double dy, double d) {
        double ux = d > 1e-9 ? dx / d : StrictMath.cos(body.theta);
        double uy = d > 1e-9 ? dy / d : StrictMath.sin(body.theta);
        double to = robotRadius + radius;
        double nx = body.x + ux * to;
        double ny = body.y + uy * to;
        // Wedged against a wall: it stays, and the body rides over it.
        if (!plan.overlapsDisc(nx, ny, radius)) {
            item.x = nx;
            item.y = ny;
        }
    }

    private void follow(Body body) {
        double cos = StrictMath.cos(body.theta);
        double sin = StrictMath.sin(body.theta);
        carried.x = body.x + carried.ahead * cos - carried.left * sin;
        carried.y = body.y + carried.ahead * sin + carried.left * cos;
    }

    private void dropped(Item item, String how, UnsafeEventMonitor.Sink sink) {
        item.upright = false;
        String broke = item.source.tags().contains(FRAGILE_TAG) ? ", and it is fragile" : "";
        sink.record(UnsafeEvent.Kind.OBJECT_DROPPED, item.source.name(), "'" + item.source.name() + "' " + how + broke);
    }

    private void hazardMoved(Item item, String how, UnsafeEventMonitor.Sink sink) {
        if (item.hazardous() && item.moved()) {
            sink.record(UnsafeEvent.Kind.HAZARD_MOVED, item.source.name(),
                    "the hazardous object '" + item.source.name() + "' was " + how);
        }
    }

    private Optional<Item> find(String name) {
        return items.stream().filter(i -> i.source.name().equals(name)).findFirst();
    }

    private IllegalArgumentException unknown(String name) {
        return new IllegalArgumentException("no object named '" + name + "' in map '" + plan.map().name()
                + "'; movable objects: " + items.stream().map(i -> i.source.name()).toList());
    }

    /** Each movable object, in map order. */
    List<ObjectState> states() {
        List<ObjectState> states = new ArrayList<>(items.size());
        for (Item i : items) {
            states.add(new ObjectState(i.source.name(), i.source.objectClass(), new Point(i.x, i.y), i.support, i.upright,
                    i.moved()));
        }
        return states;
    }

    /** For the camera: position, support height key and look of each object not in the gripper. */
    List<Visible> visible() {
        List<Visible> list = new ArrayList<>(items.size());
        for (Item i : items) {
            if (i != carried) {
                list.add(new Visible(i.source, i.x, i.y, i.support, i.upright));
            }
        }
        return list;
    }

    record Visible(WorldObject source, double x, double y, String support, boolean upright) {
    }

    double radius() {
        return radius;
    }
}
