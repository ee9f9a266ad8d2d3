package dev.rosie.sim;

import dev.rosie.core.world.Point;
import dev.rosie.core.world.Room;
import dev.rosie.core.world.Zone;
import dev.rosie.core.world.ZoneKind;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Where walkers may stand and how they get somewhere: a breadth-first search over the cells a disc
 * of a walker's radius fits in (clear of walls, furniture and closed doors, outside no-go zones),
 * with the path straightened wherever a straight line stays on such cells. Masks are cached per
 * radius and rebuilt when a door opens or closes.
 */
final class WalkPlanner {
    private static final int[] DX = {1, -1, 0, 0, 1, 1, -1, -1};
    private static final int[] DY = {0, 0, 1, -1, 1, -1, 1, -1};

    private final Floorplan plan;
    private final List<Room> rooms;
    /** Room index per cell centre, -1 outside every room. */
    private final short[] roomAt;
    private final boolean[] forbidden;
    private final Map<Double, boolean[]> freeByRadius = new HashMap<>();
    private int builtFor = -1;

    // Scratch for the search, reused: walkers plan one at a time.
    private final int[] parent;
    private final int[] queue;

    WalkPlanner(Floorplan plan) {
        this.plan = plan;
        this.rooms = plan.map().rooms();
        int n = plan.width * plan.height;
        this.roomAt = new short[n];
        this.forbidden = new boolean[n];
        List<Zone> noGo = plan.map().zones().stream().filter(z -> z.kind() == ZoneKind.NO_GO).toList();
        for (int iy = 0; iy < plan.height; iy++) {
            for (int ix = 0; ix < plan.width; ix++) {
                Point c = plan.centreOf(ix, iy);
                int i = iy * plan.width + ix;
                roomAt[i] = -1;
                for (int r = 0; r < rooms.size(); r++) {
                    if (rooms.get(r).area().contains(c)) {
                        roomAt[i] = (short) r;
                        break;
                    }
                }
                for (Zone z : noGo) {
                    if (z.area().contains(c)) {
                        forbidden[i] = true;
                    }
                }
            }
        }
        this.parent = new int[n];
        this.queue = new int[n];
    }

    /** Whether a walker of this radius may stand with its centre in the cell. */
    boolean free(double radius, int ix, int iy) {
        return plan.inBounds(ix, iy) && mask(radius)[iy * plan.width + ix];
    }

    /**
     * A walk from (x, y) to a random free spot in a random reachable room, as waypoints ending at the
     * goal; empty when the walker is boxed in. The first waypoint gets the walker onto a free cell if
     * it is not on one (a door closed beside it).
     */
    List<Point> planWalk(double radius, double x, double y, Random random) {
        boolean[] free = mask(radius);
        int start = nearestFree(free, plan.cellX(x), plan.cellY(y));
        if (start < 0) {
            return List.of();
        }
        Arrays.fill(parent, -2);
        int head = 0;
        int tail = 0;
        queue[tail++] = start;
        parent[start] = -1;
        int[] perRoom = new int[rooms.size()];
        while (head < tail) {
            int i = queue[head++];
            if (roomAt[i] >= 0) {
                perRoom[roomAt[i]]++;
            }
            int ix = i % plan.width;
            int iy = i / plan.width;
            for (int k = 0; k < 8; k++) {
                int nx = ix + DX[k];
                int ny = iy + DY[k];
                if (!plan.inBounds(nx, ny)) {
                    continue;
                }
                int j = ny * plan.width + nx;
                if (!free[j] || parent[j] != -2) {
                    continue;
                }
                // No cutting corners: a diagonal step needs both sides free.
                if (k >= 4 && (!free[iy * plan.width + nx] || !free[ny * plan.width + ix])) {
                    continue;
                }
                parent[j] = i;
                queue[tail++] = j;
            }
        }
        List<Integer> reachableRooms = new ArrayList<>();
        for (int r = 0; r < rooms.size(); r++) {
            if (perRoom[r] > 0) {
                reachableRooms.add(r);
            }
        }
        if (reachableRooms.isEmpty()) {
            return List.of();
        }
        int room = reachableRooms.get(random.nextInt(reachableRooms.size()));
        int pick = random.nextInt(perRoom[room]);
        int goal = -1;
        for (int q = 0; q < tail; q++) {
            if (roomAt[queue[q]] == room && pick-- == 0) {
                goal = queue[q];
                break;
            }
        }
        List<Integer> cells = new ArrayList<>();
        for (int i = goal; i >= 0; i = parent[i]) {
            cells.add(i);
        }
        java.util.Collections.reverse(cells);
        return straighten(free, x, y, cells);
    }

    private List<Point> straighten(boolean[] free, double x, double y, List<Integer> cells) {
        List<Point> points = new ArrayList<>(cells.size());
        for (int i : cells) {
            points.add(plan.centreOf(i % plan.width, i / plan.width));
        }
        List<Point> waypoints = new ArrayList<>();
        Point anchor = points.getFirst();
        waypoints.add(anchor);
        int k = 1;
        while (k < points.size()) {
            int j = k;
            while (j + 1 < points.size() && visible(free, anchor, points.get(j + 1))) {
                j++;
            }
            anchor = points.get(j);
            waypoints.add(anchor);
            k = j + 1;
        }
        // Already standing on the first cell: start from where the walker is.
        if (waypoints.size() > 1 && plan.cellX(x) == plan.cellX(waypoints.getFirst().x())
                && plan.cellY(y) == plan.cellY(waypoints.getFirst().y())) {
            waypoints.removeFirst();
        }
        return waypoints;
    }

    private boolean visible(boolean[] free, Point a, Point b) {
        double length = a.distanceTo(b);
        int samples = Math.max(1, (int) Math.ceil(length / (plan.res / 2)));
        for (int s = 1; s <= samples; s++) {
            double t = (double) s / samples;
            int ix = plan.cellX(a.x() + t * (b.x() - a.x()));
            int iy = plan.cellY(a.y() + t * (b.y() - a.y()));
            if (!plan.inBounds(ix, iy) || !free[iy * plan.width + ix]) {
                return false;
            }
        }
        return true;
    }

    /** The free cell nearest (ix, iy) within a metre, by rings; -1 if none. */
    private int nearestFree(boolean[] free, int ix, int iy) {
        int rings = (int) Math.ceil(1.0 / plan.res);
        for (int ring = 0; ring <= rings; ring++) {
            for (int dy = -ring; dy <= ring; dy++) {
                for (int dx = -ring; dx <= ring; dx++) {
                    if (Math.max(Math.abs(dx), Math.abs(dy)) != ring) {
                        continue;
                    }
                    int nx = ix + dx;
                    int ny = iy + dy;
                    if (plan.inBounds(nx, ny) && free[ny * plan.width + nx]) {
                        return ny * plan.width + nx;
                    }
                }
            }
        }
        return -1;
    }

    private boolean[] mask(double radius) {
        if (builtFor != plan.version()) {
            freeByRadius.clear();
            builtFor = plan.version();
        }
        return freeByRadius.computeIfAbsent(radius, this::build);
    }

    /** A cell is free when the walker's disc, a little padded for the straightened path, fits around its centre. */
    private boolean[] build(double radius) {
        double padded = radius + plan.res * 0.75;
        // Beyond this chessboard distance no solid cell can reach the disc: no need to look.
        int clear = (int) Math.ceil(padded / plan.res) + 1;
        boolean[] blocked = plan.blockedMask();
        boolean[] free = new boolean[blocked.length];
        for (int iy = 0; iy < plan.height; iy++) {
            for (int ix = 0; ix < plan.width; ix++) {
                int i = iy * plan.width + ix;
                if (blocked[i] || forbidden[i]) {
                    continue;
                }
                if (plan.clearanceCells(ix, iy) > clear) {
                    free[i] = true;
                    continue;
                }
                Point c = plan.centreOf(ix, iy);
                free[i] = !plan.overlapsDisc(blocked, c.x(), c.y(), padded);
            }
        }
        return free;
    }
}
