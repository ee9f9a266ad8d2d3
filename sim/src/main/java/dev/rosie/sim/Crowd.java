package dev.rosie.sim;

import dev.rosie.core.world.BeingKind;
import dev.rosie.core.world.Point;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * The people and pets in the home. Each is a disc on the floor; those awake walk from room to room
 * (see {@link WalkerConfig}), each from its own random stream so that one walker's choices never
 * change another's. They keep clear of the robot: a walker about to come within
 * {@link WalkerConfig#robotMargin()} of the body waits, so any contact is the robot's doing.
 */
final class Crowd {

    /** One person or pet. Mutable; lives only inside the crowd. */
    static final class Walker {
        final String name;
        final BeingKind kind;
        final double radius;
        final double speed;
        final boolean asleep;
        final Random random;
        double x;
        double y;
        double heading;
        boolean moving;
        List<Point> route = List.of();
        int next;
        double pauseLeft;
        double waited;

        Walker(Resident r, double radius, double speed, Random random) {
            this.name = r.name();
            this.kind = r.kind();
            this.radius = radius;
            this.speed = speed;
            this.asleep = r.asleep();
            this.random = random;
            this.x = r.start().x();
            this.y = r.start().y();
        }
    }

    private final List<Walker> walkers;
    private final WalkPlanner planner;
    private final WalkerConfig config;

    Crowd(List<Resident> residents, WalkerConfig config, WalkPlanner planner, long seed) {
        this.config = config;
        this.planner = planner;
        List<Walker> list = new ArrayList<>();
        for (Resident r : residents) {
            if (list.stream().anyMatch(w -> w.name.equals(r.name()))) {
                throw new IllegalArgumentException("resident '" + r.name() + "' is listed twice");
            }
            boolean pet = r.kind() == BeingKind.PET;
            Walker w = new Walker(r, pet ? config.petRadius() : config.personRadius(),
                    pet ? config.petSpeed() : config.personSpeed(), Seeds.stream(seed, "walker:" + r.name()));
            // Start with a short linger so that everyone does not set off in the same step.
            w.pauseLeft = pause(w);
            list.add(w);
        }
        this.walkers = List.copyOf(list);
    }

    List<Walker> walkers() {
        return walkers;
    }

    void step(double dt, double robotX, double robotY, double robotRadius) {
        for (Walker w : walkers) {
            w.moving = false;
            if (w.asleep) {
                continue;
            }
            if (w.next >= w.route.size()) {
                if (w.pauseLeft > 0) {
                    w.pauseLeft -= dt;
                    continue;
                }
                w.route = planner.planWalk(w.radius, w.x, w.y, w.random);
                w.next = 0;
                w.waited = 0;
                if (w.route.isEmpty()) {
                    w.pauseLeft = pause(w);
                    continue;
                }
            }
            walk(w, dt, robotX, robotY, robotRadius);
        }
    }

    private void walk(Walker w, double dt, double robotX, double robotY, double robotRadius) {
        double budget = w.speed * dt;
        double nx = w.x;
        double ny = w.y;
        int next = w.next;
        double heading = w.heading;
        while (budget > 0 && next < w.route.size()) {
            Point target = w.route.get(next);
            double dx = target.x() - nx;
            double dy = target.y() - ny;
            double d = Math.sqrt(dx * dx + dy * dy);
            if (d > 0) {
                heading = StrictMath.atan2(dy, dx);
            }
            if (d <= budget) {
                nx = target.x();
                ny = target.y();
                budget -= d;
                next++;
            } else {
                nx += dx / d * budget;
                ny += dy / d * budget;
                budget = 0;
            }
        }
        double keep = robotRadius + w.radius + config.robotMargin();
        double before = distance(w.x, w.y, robotX, robotY);
        double after = distance(nx, ny, robotX, robotY);
        if (after < keep && after < before) {
            w.waited += dt;
            if (w.waited >= config.giveUpAfter().toNanos() / 1e9) {
                w.route = List.of();
                w.next = 0;
                w.pauseLeft = 0;
            }
            return;
        }
        w.x = nx;
        w.y = ny;
        w.heading = heading;
        w.next = next;
        w.moving = true;
        w.waited = 0;
        if (next >= w.route.size()) {
            w.pauseLeft = pause(w);
        }
    }

    private double pause(Walker w) {
        double min = config.minPause().toNanos() / 1e9;
        double max = config.maxPause().toNanos() / 1e9;
        return min + (max - min) * w.random.nextDouble();
    }

    /** Whether a disc at (cx, cy) would overlap, with positive area, anyone. */
    boolean overlaps(double cx, double cy, double radius) {
        for (Walker w : walkers) {
            double reach = radius + w.radius;
            double dx = w.x - cx;
            double dy = w.y - cy;
            if (dx * dx + dy * dy < reach * reach) {
                return true;
            }
        }
        return false;
    }

    /** Everyone a disc at (cx, cy) would overlap. */
    List<Walker> overlapping(double cx, double cy, double radius) {
        List<Walker> hit = new ArrayList<>(1);
        for (Walker w : walkers) {
            double reach = radius + w.radius;
            double dx = w.x - cx;
            double dy = w.y - cy;
            if (dx * dx + dy * dy < reach * reach) {
                hit.add(w);
            }
        }
        return hit;
    }

    /** Whether anyone overlaps a solid cell of {@code mask} (a door about to close on them). */
    Walker inside(Floorplan plan, boolean[] mask) {
        for (Walker w : walkers) {
            if (plan.overlapsDisc(mask, w.x, w.y, w.radius)) {
                return w;
            }
        }
        return null;
    }

    /** The distance along a unit ray from (x, y) to the nearest body, or +Infinity. */
    double castRay(double x, double y, double dx, double dy) {
        double best = Double.POSITIVE_INFINITY;
        for (Walker w : walkers) {
            double t = rayCircle(x, y, dx, dy, w.x, w.y, w.radius);
            if (t < best) {
                best = t;
            }
        }
        return best;
    }

    /** The first positive distance at which a unit ray meets a circle, or +Infinity. */
    static double rayCircle(double x, double y, double dx, double dy, double cx, double cy, double r) {
        double fx = x - cx;
        double fy = y - cy;
        double b = fx * dx + fy * dy;
        double c = fx * fx + fy * fy - r * r;
        double disc = b * b - c;
        if (disc < 0) {
            return Double.POSITIVE_INFINITY;
        }
        double s = Math.sqrt(disc);
        double t = -b - s;
        if (t >= 0) {
            return t;
        }
        t = -b + s;
        return t >= 0 && c < 0 ? 0 : Double.POSITIVE_INFINITY;
    }

    List<BeingState> states() {
        List<BeingState> states = new ArrayList<>(walkers.size());
        for (Walker w : walkers) {
            states.add(new BeingState(w.name, w.kind, new Point(w.x, w.y), w.radius, w.heading, w.asleep, w.moving));
        }
        return states;
    }

    private static double distance(double ax, double ay, double bx, double by) {
        double dx = ax - bx;
        double dy = ay - by;
        return Math.sqrt(dx * dx + dy * dy);
    }
}
