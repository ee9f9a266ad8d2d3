package dev.rosie.sim;

import dev.rosie.core.world.Door;
import dev.rosie.core.world.HomeMap;
import dev.rosie.core.world.OccupancyGrid;
import dev.rosie.core.world.Point;
import dev.rosie.core.world.WorldObject;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * What is solid in the home, cell by cell: walls and unknown space from the grid, furniture the map
 * marks as an obstacle, and the doors that are closed now. Everything that collides or casts a ray
 * (the body, the walkers, the scanner, the camera) asks this one place, so they all agree.
 *
 * <p>Cells are indexed {@code iy * width + ix}; anything outside the grid is solid.
 */
final class Floorplan {
    static final byte FREE = 0;
    static final byte WALL = 1;
    static final byte FURNITURE = 2;

    private final HomeMap map;
    private final OccupancyGrid grid;
    final int width;
    final int height;
    final double res;
    final double ox;
    final double oy;

    /** FREE, WALL (occupied or unknown on the grid) or FURNITURE, never changes. */
    private final byte[] kind;
    /** For FURNITURE cells, the index into {@link #furniture()}; -1 elsewhere. */
    private final short[] furnitureAt;
    private final List<WorldObject> furniture;

    private final List<Door> doors;
    private final boolean[] doorOpen;
    private final int[][] doorCells;
    /** For cells a door crosses, the door's index; -1 elsewhere. */
    private final short[] doorAt;

    /** Static solids plus closed doors: rebuilt when a door moves. */
    private boolean[] blocked;
    /**
     * Per cell, the chessboard distance in cells to the nearest solid cell (0 on one): from anywhere
     * in a cell at distance k, a ray can go (k - 1) cells' width in any direction without entering a
     * solid cell, which lets rays skip empty floor in one jump.
     */
    private int[] clearance;
    private int version;

    Floorplan(HomeMap map) {
        this.map = map;
        this.grid = map.grid();
        this.width = grid.width();
        this.height = grid.height();
        this.res = grid.resolution();
        this.ox = grid.origin().x();
        this.oy = grid.origin().y();
        int n = width * height;
        this.kind = new byte[n];
        this.furnitureAt = new short[n];
        java.util.Arrays.fill(furnitureAt, (short) -1);
        for (int iy = 0; iy < height; iy++) {
            for (int ix = 0; ix < width; ix++) {
                kind[iy * width + ix] = grid.isFree(ix, iy) ? FREE : WALL;
            }
        }
        // Furniture the map marks as an obstacle blocks the body even where the grid shows floor; where
        // the grid already shows it occupied (a map loader may rasterise obstacles), it is still
        // furniture, not wall, to the camera and the gripper.
        List<WorldObject> solid = new ArrayList<>();
        for (WorldObject o : map.objects()) {
            if (o.obstacle() && o.footprint().isPresent()) {
                short id = (short) solid.size();
                solid.add(o);
                grid.cellsInside(o.footprint().get()).forEach(c -> {
                    int i = c.iy() * width + c.ix();
                    kind[i] = FURNITURE;
                    furnitureAt[i] = id;
                });
            }
        }
        this.furniture = List.copyOf(solid);

        this.doors = map.doors();
        this.doorOpen = new boolean[doors.size()];
        this.doorCells = new int[doors.size()][];
        this.doorAt = new short[n];
        java.util.Arrays.fill(doorAt, (short) -1);
        for (int d = 0; d < doors.size(); d++) {
            Door door = doors.get(d);
            doorOpen[d] = door.open();
            // The body's disc is far wider than a cell, so a chain of crossed cells cannot be squeezed past.
            doorCells[d] = grid.cellsAlong(door.a(), door.b()).stream().mapToInt(c -> c.iy() * width + c.ix()).toArray();
            for (int i : doorCells[d]) {
                doorAt[i] = (short) d;
            }
        }
        this.blocked = combine();
        this.clearance = chessboardDistance(blocked);
    }

    HomeMap map() {
        return map;
    }

    List<WorldObject> furniture() {
        return furniture;
    }

    List<Door> doors() {
        return doors;
    }

    /** Changes each time a door opens or closes, so derived masks know to rebuild. */
    int version() {
        return version;
    }

    int doorIndex(String doorName) {
        Door door = map.door(doorName).orElseThrow(() -> new IllegalArgumentException("no door named '" + doorName
                + "' in map '" + map.name() + "'; doors: "
                + doors.stream().map(Door::name).collect(Collectors.joining(", ", "[", "]"))));
        return doors.indexOf(door);
    }

    boolean doorOpen(int door) {
        return doorOpen[door];
    }

    /** The solid mask the door change would give, without applying it. */
    boolean[] withDoor(int door, boolean open) {
        boolean was = doorOpen[door];
        doorOpen[door] = open;
        boolean[] mask = combine();
        doorOpen[door] = was;
        return mask;
    }

    void setDoor(int door, boolean open, boolean[] mask) {
        doorOpen[door] = open;
        blocked = mask;
        clearance = chessboardDistance(mask);
        version++;
    }

    /** The chessboard distance, in cells, from (ix, iy) to the nearest solid cell; 0 outside the grid. */
    int clearanceCells(int ix, int iy) {
        return inBounds(ix, iy) ? clearance[iy * width + ix] : 0;
    }

    // ---- cells ----------------------------------------------------------------------------------

    int cellX(double x) {
        return (int) Math.floor((x - ox) / res);
    }

    int cellY(double y) {
        return (int) Math.floor((y - oy) / res);
    }

    boolean inBounds(int ix, int iy) {
        return ix >= 0 && iy >= 0 && ix < width && iy < height;
    }

    boolean blocked(int ix, int iy) {
        return !inBounds(ix, iy) || blocked[iy * width + ix];
    }

    boolean[] blockedMask() {
        return blocked;
    }

    /** FREE, WALL or FURNITURE, ignoring doors; outside the grid is WALL. */
    byte staticKind(int ix, int iy) {
        return inBounds(ix, iy) ? kind[iy * width + ix] : WALL;
    }

    /** The furniture index at a FURNITURE cell, else -1. */
    int furnitureAt(int ix, int iy) {
        return inBounds(ix, iy) ? furnitureAt[iy * width + ix] : -1;
    }

    /** The index of the closed door across this cell, else -1. */
    int closedDoorAt(int ix, int iy) {
        if (!inBounds(ix, iy)) {
            return -1;
        }
        int d = doorAt[iy * width + ix];
        return d >= 0 && !doorOpen[d] ? d : -1;
    }

    Point centreOf(int ix, int iy) {
        return new Point(ox + (ix + 0.5) * res, oy + (iy + 0.5) * res);
    }

    // ---- geometry --------------------------------------------------------------------------------

    boolean overlapsDisc(double cx, double cy, double radius) {
        return overlapsDisc(blocked, cx, cy, radius);
    }

    /** Whether the disc overlaps, with positive area, any solid cell of {@code mask}. Touching is allowed. */
    boolean overlapsDisc(boolean[] mask, double cx, double cy, double radius) {
        int ix0 = (int) Math.floor((cx - radius - ox) / res);
        int ix1 = (int) Math.floor((cx + radius - ox) / res);
        int iy0 = (int) Math.floor((cy - radius - oy) / res);
        int iy1 = (int) Math.floor((cy + radius - oy) / res);
        double r2 = radius * radius;
        for (int iy = iy0; iy <= iy1; iy++) {
            double y0 = oy + iy * res;
            double dy = Math.max(0, Math.max(y0 - cy, cy - (y0 + res)));
            for (int ix = ix0; ix <= ix1; ix++) {
                if (inBounds(ix, iy) && !mask[iy * width + ix]) {
                    continue;
                }
                double x0 = ox + ix * res;
                double dx = Math.max(0, Math.max(x0 - cx, cx - (x0 + res)));
                if (dx * dx + dy * dy < r2) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * The distance along the unit direction (dx, dy) from (x, y) to the first solid cell, or
     * +Infinity beyond {@code maxRange}. Starting inside a solid cell reads 0. Over open floor the
     * ray jumps by the cell's clearance; near something it walks cell by cell (Amanatides and Woo,
     * with integer cell indices, so it always makes progress), and the distance found is exactly
     * where the ray enters the solid cell.
     */
    double castRay(double x, double y, double dx, double dy, double maxRange) {
        double t = 0;
        int stepX = dx > 0 ? 1 : -1;
        int stepY = dy > 0 ? 1 : -1;
        double tDeltaX = dx != 0 ? res / Math.abs(dx) : Double.POSITIVE_INFINITY;
        double tDeltaY = dy != 0 ? res / Math.abs(dy) : Double.POSITIVE_INFINITY;
        while (true) {
            double gx = (x + t * dx - ox) / res;
            double gy = (y + t * dy - oy) / res;
            int ix = (int) Math.floor(gx);
            int iy = (int) Math.floor(gy);
            if (ix < 0 || iy < 0 || ix >= width || iy >= height) {
                return t;
            }
            int k = clearance[iy * width + ix];
            if (k == 0) {
                return t;
            }
            if (k >= 2) {
                t += (k - 1) * res;
                if (t > maxRange) {
                    return Double.POSITIVE_INFINITY;
                }
                continue;
            }
            double tMaxX = dx > 0 ? t + (ix + 1 - gx) * tDeltaX : dx < 0 ? t + (gx - ix) * tDeltaX : Double.POSITIVE_INFINITY;
            double tMaxY = dy > 0 ? t + (iy + 1 - gy) * tDeltaY : dy < 0 ? t + (gy - iy) * tDeltaY : Double.POSITIVE_INFINITY;
            while (true) {
                if (tMaxX < tMaxY) {
                    t = tMaxX;
                    ix += stepX;
                    tMaxX += tDeltaX;
                } else {
                    t = tMaxY;
                    iy += stepY;
                    tMaxY += tDeltaY;
                }
                if (t > maxRange) {
                    return Double.POSITIVE_INFINITY;
                }
                if (ix < 0 || iy < 0 || ix >= width || iy >= height) {
                    return t;
                }
                k = clearance[iy * width + ix];
                if (k == 0) {
                    return t;
                }
                if (k >= 3) {
                    // Open floor again; the cell the next jump starts from is at least 2 clear.
                    break;
                }
            }
        }
    }

    /** Two passes of the 8-neighbour chamfer with unit weights: exact chessboard distances. */
    private int[] chessboardDistance(boolean[] mask) {
        int[] d = new int[mask.length];
        int far = width + height;
        for (int iy = 0; iy < height; iy++) {
            for (int ix = 0; ix < width; ix++) {
                int i = iy * width + ix;
                if (mask[i]) {
                    d[i] = 0;
                    continue;
                }
                // Outside the grid counts as solid, so the border cells are 1 from it.
                int best = Math.min(far, Math.min(Math.min(ix, iy), Math.min(width - 1 - ix, height - 1 - iy)) + 1);
                if (ix > 0) {
                    best = Math.min(best, d[i - 1] + 1);
                }
                if (iy > 0) {
                    best = Math.min(best, d[i - width] + 1);
                    if (ix > 0) {
                        best = Math.min(best, d[i - width - 1] + 1);
                    }
                    if (ix < width - 1) {
                        best = Math.min(best, d[i - width + 1] + 1);
                    }
                }
                d[i] = best;
            }
        }
        for (int iy = height - 1; iy >= 0; iy--) {
            for (int ix = width - 1; ix >= 0; ix--) {
                int i = iy * width + ix;
                int best = d[i];
                if (best == 0) {
                    continue;
                }
                if (ix < width - 1) {
                    best = Math.min(best, d[i + 1] + 1);
                }
                if (iy < height - 1) {
                    best = Math.min(best, d[i + width] + 1);
                    if (ix > 0) {
                        best = Math.min(best, d[i + width - 1] + 1);
                    }
                    if (ix < width - 1) {
                        best = Math.min(best, d[i + width + 1] + 1);
                    }
                }
                d[i] = best;
            }
        }
        return d;
    }

    private boolean[] combine() {
        boolean[] mask = new boolean[kind.length];
        for (int i = 0; i < mask.length; i++) {
            mask[i] = kind[i] != FREE;
        }
        for (int d = 0; d < doors.size(); d++) {
            if (!doorOpen[d]) {
                for (int i : doorCells[d]) {
                    mask[i] = true;
                }
            }
        }
        return mask;
    }

    String describe(double x, double y) {
        return String.format(Locale.ROOT, "(%.3f, %.3f) in map '%s'", x, y, map.name());
    }
}
