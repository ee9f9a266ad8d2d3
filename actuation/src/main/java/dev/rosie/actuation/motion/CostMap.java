package dev.rosie.actuation.motion;

import dev.rosie.core.world.Cell;
import dev.rosie.core.world.Door;
import dev.rosie.core.world.HomeMap;
import dev.rosie.core.world.OccupancyGrid;
import dev.rosie.core.world.Point;
import dev.rosie.core.world.Zone;
import dev.rosie.core.world.ZoneKind;

/**
 * Where the robot's centre may be: grid cells farther than the robot's radius (plus a margin) from
 * any wall, obstacle, closed door or unknown cell, and outside every no-go zone with the same
 * margin. Built once per map state; immutable.
 */
public final class CostMap {
    private final OccupancyGrid grid;
    private final boolean[] blocked;
    private final float[] clearance;

    public CostMap(HomeMap map, double robotRadius, double margin) {
        this(map, robotRadius, margin, java.util.List.of(), 0);
    }

    /**
     * A cost map that also keeps the robot's centre away from where people and pets were last seen:
     * each is a disc of {@code personRadius} treated as an obstacle, then inflated like any other.
     */
    public CostMap(HomeMap map, double robotRadius, double margin, java.util.List<Point> people, double personRadius) {
        this.grid = map.grid();
        int w = grid.width();
        int h = grid.height();
        boolean[] obstacle = new boolean[w * h];
        for (int iy = 0; iy < h; iy++) {
            for (int ix = 0; ix < w; ix++) {
                obstacle[iy * w + ix] = !grid.isFree(ix, iy);
            }
        }
        for (Door d : map.doors()) {
            if (!d.open()) {
                grid.cellsAlong(d.a(), d.b()).forEach(c -> obstacle[c.iy() * w + c.ix()] = true);
            }
        }
        for (Zone z : map.zones()) {
            if (z.kind() == ZoneKind.NO_GO) {
                grid.cellsInside(z.area()).forEach(c -> obstacle[c.iy() * w + c.ix()] = true);
            }
        }
        for (Point p : people) {
            double r = personRadius;
            grid.cellsInside(dev.rosie.core.world.Polygon.rectangle(p.x() - r, p.y() - r, p.x() + r, p.y() + r)).stream()
                    .filter(c -> grid.centerOf(c).distanceTo(p) <= r)
                    .forEach(c -> obstacle[c.iy() * w + c.ix()] = true);
        }
        this.clearance = distanceTransform(obstacle, w, h, grid.resolution());
        this.blocked = new boolean[w * h];
        // A cell is judged by its centre, but the robot may stand anywhere in it: up to half a cell
        // nearer a wall than the centre is (a little more at a corner, which the margin absorbs).
        double needed = robotRadius + margin + grid.resolution() / 2;
        for (int i = 0; i < w * h; i++) {
            blocked[i] = clearance[i] < needed - 1e-6; // clearances are floats: exactly enough is enough
        }
    }

    public OccupancyGrid grid() {
        return grid;
    }

    public boolean blocked(int ix, int iy) {
        return !grid.inBounds(ix, iy) || blocked[iy * grid.width() + ix];
    }

    public boolean blocked(Cell c) {
        return blocked(c.ix(), c.iy());
    }

    /** Distance in metres from the cell's centre to the nearest obstacle cell. */
    public double clearance(Cell c) {
        return grid.inBounds(c.ix(), c.iy()) ? clearance[c.iy() * grid.width() + c.ix()] : 0;
    }

    /** True when a straight drive between the two points stays on unblocked cells. */
    public boolean lineOfSight(Point a, Point b) {
        double step = grid.resolution() / 2;
        double len = a.distanceTo(b);
        int n = Math.max(1, (int) Math.ceil(len / step));
        for (int i = 0; i <= n; i++) {
            double t = (double) i / n;
            Cell c = grid.cellOf(new Point(a.x() + (b.x() - a.x()) * t, a.y() + (b.y() - a.y()) * t));
            if (blocked(c)) {
                return false;
            }
        }
        return true;
    }

    /** Two-pass chamfer (3-4) distance transform: cheap, and within a few percent of Euclidean. */
    private static float[] distanceTransform(boolean[] obstacle, int w, int h, double res) {
        final float inf = Float.MAX_VALUE / 4;
        float[] d = new float[w * h];
        for (int i = 0; i < d.length; i++) {
            d[i] = obstacle[i] ? 0 : inf;
        }
        float a = 3;
        float b = 4;
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                int i = y * w + x;
                float v = d[i];
                if (x > 0) v = Math.min(v, d[i - 1] + a);
                if (y > 0) {
                    v = Math.min(v, d[i - w] + a);
                    if (x > 0) v = Math.min(v, d[i - w - 1] + b);
                    if (x < w - 1) v = Math.min(v, d[i - w + 1] + b);
                }
                d[i] = v;
            }
        }
        for (int y = h - 1; y >= 0; y--) {
            for (int x = w - 1; x >= 0; x--) {
                int i = y * w + x;
                float v = d[i];
                if (x < w - 1) v = Math.min(v, d[i + 1] + a);
                if (y < h - 1) {
                    v = Math.min(v, d[i + w] + a);
                    if (x < w - 1) v = Math.min(v, d[i + w + 1] + b);
                    if (x > 0) v = Math.min(v, d[i + w - 1] + b);
                }
                d[i] = v;
            }
        }
        // Distances are between cell centres; the obstacle's near edge is half a cell closer. Beyond
        // the grid's edge is unknown space (an open exterior door leads there): it counts as an obstacle.
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                int i = y * w + x;
                double toEdge = Math.min(Math.min(x, w - 1 - x), Math.min(y, h - 1 - y)) * res + res / 2;
                d[i] = obstacle[i] ? 0 : (float) Math.min(toEdge, Math.max(0, d[i] / 3 * res - res / 2));
            }
        }
        return d;
    }
}
