package dev.rosie.launch.mission;

import dev.rosie.core.robot.DriveCommand;
import dev.rosie.core.world.OccupancyGrid;
import dev.rosie.core.world.Point;
import dev.rosie.core.world.Pose;
import dev.rosie.sim.SimDriver;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * What the simulator's ground truth showed while a mission ran, sampled every control tick: the
 * trajectory (one point every {@value #EVERY} ticks), how long the running suction stayed over each
 * grid cell (the coverage heat map), and for every e-stop how many ticks passed before the wheels
 * were commanded to zero and came to rest, and how far the body moved once at rest while the latch
 * stayed engaged.
 */
final class MissionTrace {
    static final int EVERY = 10;

    /** One e-stop episode, measured from the tick it was engaged. */
    static final class Stop {
        final Instant at;
        final long engagedTick;
        final String by;
        long zeroAfterTicks = -1;
        long restAfterTicks = -1;
        double brakingMetres;
        double movedAtRestMetres;
        Instant releasedAt;

        Stop(Instant at, long engagedTick, String by) {
            this.at = at;
            this.engagedTick = engagedTick;
            this.by = by;
        }
    }

    /** A moment worth marking on the map. */
    record Mark(Instant at, Point where, String kind, String label) {
    }

    private final SimDriver body;
    private final OccupancyGrid grid;
    private final float[] dwell;
    private final double dt;
    private final List<Point> path = new ArrayList<>();
    private final List<Stop> stops = new ArrayList<>();
    private final List<Mark> marks = new ArrayList<>();
    private final int radiusCells;
    private double lastDistance;
    private Stop open;

    MissionTrace(SimDriver body) {
        this.body = body;
        this.grid = body.map().grid();
        this.dwell = new float[grid.width() * grid.height()];
        this.dt = body.config().stepSeconds();
        this.radiusCells = (int) Math.ceil(body.config().robotRadius() / grid.resolution());
        this.lastDistance = body.distanceTravelled();
        path.add(body.truePose().position());
    }

    /** After every tick. */
    void sample() {
        Pose p = body.truePose();
        if (body.ticks() % EVERY == 0) {
            path.add(p.position());
        }
        if (body.suctionOn()) {
            paint(p);
        }
        double distance = body.distanceTravelled();
        if (open != null) {
            long since = body.ticks() - open.engagedTick;
            if (open.zeroAfterTicks < 0 && body.commanded().equals(DriveCommand.ZERO)) {
                open.zeroAfterTicks = since;
            }
            boolean still = body.linearSpeed() == 0 && body.angularSpeed() == 0;
            if (open.restAfterTicks < 0) {
                open.brakingMetres += distance - lastDistance;
                if (still) {
                    open.restAfterTicks = since;
                }
            } else {
                open.movedAtRestMetres += distance - lastDistance;
            }
        }
        lastDistance = distance;
    }

    void engaged(Instant at, String by) {
        if (open == null) {
            open = new Stop(at, body.ticks(), by);
            if (body.commanded().equals(DriveCommand.ZERO)) {
                open.zeroAfterTicks = 0;
            }
            stops.add(open);
        }
        mark(at, "estop", "e-stop by " + by);
    }

    void released(Instant at) {
        if (open != null) {
            open.releasedAt = at;
            open = null;
        }
        mark(at, "release", "e-stop released");
    }

    void mark(Instant at, String kind, String label) {
        marks.add(new Mark(at, body.truePose().position(), kind, label));
    }

    void markAt(Instant at, Point where, String kind, String label) {
        marks.add(new Mark(at, where, kind, label));
    }

    private void paint(Pose p) {
        Point origin = grid.origin();
        double res = grid.resolution();
        int cx = (int) Math.floor((p.x() - origin.x()) / res);
        int cy = (int) Math.floor((p.y() - origin.y()) / res);
        double r = body.config().robotRadius();
        for (int dy = -radiusCells; dy <= radiusCells; dy++) {
            for (int dx = -radiusCells; dx <= radiusCells; dx++) {
                int x = cx + dx;
                int y = cy + dy;
                if (x < 0 || y < 0 || x >= grid.width() || y >= grid.height()) {
                    continue;
                }
                double mx = origin.x() + (x + 0.5) * res - p.x();
                double my = origin.y() + (y + 0.5) * res - p.y();
                if (mx * mx + my * my <= r * r) {
                    dwell[y * grid.width() + x] += (float) dt;
                }
            }
        }
    }

    List<Point> path() {
        return List.copyOf(path);
    }

    List<Stop> stops() {
        return List.copyOf(stops);
    }

    List<Mark> marks() {
        return List.copyOf(marks);
    }

    /** Seconds of running suction over cell (x, y). */
    float dwell(int x, int y) {
        return dwell[y * grid.width() + x];
    }

    Duration tick() {
        return body.config().step();
    }
}
