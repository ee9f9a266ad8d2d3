package dev.rosie.actuation.motion;

import dev.rosie.core.world.Cell;
import dev.rosie.core.world.OccupancyGrid;
import dev.rosie.core.world.Point;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.PriorityQueue;

/**
 * A* over the {@link CostMap}, 8-connected, then shortened by line of sight so the follower gets a
 * few long straight legs rather than a staircase of cells. Goals inside an obstacle (an object's
 * position under a sofa, a door's midpoint) are moved to the nearest reachable cell within
 * {@link #SNAP_RADIUS} metres.
 */
public final class GridPlanner {
    public static final double SNAP_RADIUS = 1.0;
    private static final double SQRT2 = Math.sqrt(2);

    private final CostMap costs;

    public GridPlanner(CostMap costs) {
        this.costs = costs;
    }

    public CostMap costs() {
        return costs;
    }

    public PathResult plan(Point from, Point to) {
        OccupancyGrid grid = costs.grid();
        Optional<Cell> start = nearestFree(grid.cellOf(from), SNAP_RADIUS);
        if (start.isEmpty()) {
            return new PathResult.Unreachable("the robot is boxed in at " + format(from));
        }
        Optional<Cell> goal = nearestFree(grid.cellOf(to), SNAP_RADIUS);
        if (goal.isEmpty()) {
            return new PathResult.Unreachable("nowhere near " + format(to) + " is free for the robot");
        }
        List<Cell> cells = astar(start.get(), goal.get());
        if (cells.isEmpty()) {
            return new PathResult.Unreachable("no free path from " + format(from) + " to " + format(to)
                    + " (closed doors and no-go zones count as walls)");
        }
        List<Point> points = new ArrayList<>();
        points.add(from);
        for (Cell c : cells) {
            points.add(grid.centerOf(c));
        }
        return new PathResult.Found(shorten(points));
    }

    /** The nearest unblocked cell to {@code c} within {@code radius} metres, by breadth-first search. */
    public Optional<Cell> nearestFree(Cell c, double radius) {
        OccupancyGrid grid = costs.grid();
        if (!costs.blocked(c)) {
            return Optional.of(c);
        }
        int limit = (int) Math.ceil(radius / grid.resolution());
        boolean[] seen = new boolean[grid.width() * grid.height()];
        ArrayDeque<Cell> queue = new ArrayDeque<>();
        if (grid.inBounds(c.ix(), c.iy())) {
            queue.add(c);
            seen[c.iy() * grid.width() + c.ix()] = true;
        }
        while (!queue.isEmpty()) {
            Cell cur = queue.poll();
            if (!costs.blocked(cur)) {
                return Optional.of(cur);
            }
            for (int dy = -1; dy <= 1; dy++) {
                for (int dx = -1; dx <= 1; dx++) {
                    int nx = cur.ix() + dx;
                    int ny = cur.iy() + dy;
                    if (grid.inBounds(nx, ny) && !seen[ny * grid.width() + nx]
                            && Math.abs(nx - c.ix()) <= limit && Math.abs(ny - c.iy()) <= limit) {
                        seen[ny * grid.width() + nx] = true;
                        queue.add(new Cell(nx, ny));
                    }
                }
            }
        }
        return Optional.empty();
    }

    private List<Cell> astar(Cell start, Cell goal) {
        OccupancyGrid grid = costs.grid();
        int w = grid.width();
        int n = w * grid.height();
        double[] g = new double[n];
        Arrays.fill(g, Double.POSITIVE_INFINITY);
        int[] parent = new int[n];
        Arrays.fill(parent, -1);
        boolean[] closed = new boolean[n];
        int s = start.iy() * w + start.ix();
        int t = goal.iy() * w + goal.ix();
        g[s] = 0;
        PriorityQueue<double[]> open = new PriorityQueue<>((a, b) -> Double.compare(a[0], b[0]) != 0
                ? Double.compare(a[0], b[0]) : Double.compare(a[1], b[1]));
        open.add(new double[] {heuristic(start.ix(), start.iy(), goal), s});
        while (!open.isEmpty()) {
            int cur = (int) open.poll()[1];
            if (closed[cur]) {
                continue;
            }
            if (cur == t) {
                return reconstruct(parent, t, w);
            }
            closed[cur] = true;
            int cx = cur % w;
            int cy = cur / w;
            for (int dy = -1; dy <= 1; dy++) {
                for (int dx = -1; dx <= 1; dx++) {
                    if (dx == 0 && dy == 0) {
                        continue;
                    }
                    int nx = cx + dx;
                    int ny = cy + dy;
                    if (!canStep(cx, cy, dx, dy)) {
                        continue;
                    }
                    int ni = ny * w + nx;
                    double cand = g[cur] + (dx != 0 && dy != 0 ? SQRT2 : 1);
                    if (cand < g[ni]) {
                        g[ni] = cand;
                        parent[ni] = cur;
                        open.add(new double[] {cand + heuristic(nx, ny, goal), ni});
                    }
                }
            }
        }
        return List.of();
    }

    /** Whether the robot may move from cell (cx, cy) to its neighbour (cx+dx, cy+dy): free, and no cutting corners. */
    private boolean canStep(int cx, int cy, int dx, int dy) {
        return !costs.blocked(cx + dx, cy + dy)
                && !(dx != 0 && dy != 0 && (costs.blocked(cx + dx, cy) || costs.blocked(cx, cy + dy)));
    }

    /**
     * Path lengths in metres, along the same moves as {@link #plan}, from the cell the robot at
     * {@code from} starts on (snapped as {@link #plan} snaps it) to every cell, indexed
     * {@code iy * width + ix}; infinite where no path leads. Empty when the robot is boxed in.
     */
    Optional<double[]> lengthsFrom(Point from) {
        OccupancyGrid grid = costs.grid();
        Optional<Cell> start = nearestFree(grid.cellOf(from), SNAP_RADIUS);
        if (start.isEmpty()) {
            return Optional.empty();
        }
        int w = grid.width();
        double[] g = new double[w * grid.height()];
        Arrays.fill(g, Double.POSITIVE_INFINITY);
        boolean[] closed = new boolean[g.length];
        int s = start.get().iy() * w + start.get().ix();
        g[s] = 0;
        PriorityQueue<double[]> open = new PriorityQueue<>((a, b) -> Double.compare(a[0], b[0]) != 0
                ? Double.compare(a[0], b[0]) : Double.compare(a[1], b[1]));
        open.add(new double[] {0, s});
        while (!open.isEmpty()) {
            int cur = (int) open.poll()[1];
            if (closed[cur]) {
                continue;
            }
            closed[cur] = true;
            int cx = cur % w;
            int cy = cur / w;
            for (int dy = -1; dy <= 1; dy++) {
                for (int dx = -1; dx <= 1; dx++) {
                    if ((dx != 0 || dy != 0) && canStep(cx, cy, dx, dy)) {
                        int ni = (cy + dy) * w + cx + dx;
                        double cand = g[cur] + (dx != 0 && dy != 0 ? SQRT2 : 1);
                        if (cand < g[ni]) {
                            g[ni] = cand;
                            open.add(new double[] {cand, ni});
                        }
                    }
                }
            }
        }
        for (int i = 0; i < g.length; i++) {
            g[i] *= grid.resolution();
        }
        return Optional.of(g);
    }

    private static double heuristic(int x, int y, Cell goal) {
        int dx = Math.abs(x - goal.ix());
        int dy = Math.abs(y - goal.iy());
        return Math.max(dx, dy) + (SQRT2 - 1) * Math.min(dx, dy);
    }

    private static List<Cell> reconstruct(int[] parent, int t, int w) {
        List<Cell> out = new ArrayList<>();
        for (int i = t; i != -1; i = parent[i]) {
            out.add(new Cell(i % w, i / w));
        }
        Collections.reverse(out);
        return out;
    }

    /** Greedy string pulling: from each kept point, jump to the farthest point still in sight. */
    private List<Point> shorten(List<Point> points) {
        List<Point> out = new ArrayList<>();
        int i = 0;
        out.add(points.getFirst());
        while (i < points.size() - 1) {
            int j = points.size() - 1;
            while (j > i + 1 && !costs.lineOfSight(points.get(i), points.get(j))) {
                j--;
            }
            out.add(points.get(j));
            i = j;
        }
        return out;
    }

    private static String format(Point p) {
        return String.format(java.util.Locale.ROOT, "(%.2f, %.2f)", p.x(), p.y());
    }
}
