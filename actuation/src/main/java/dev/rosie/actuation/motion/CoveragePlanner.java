package dev.rosie.actuation.motion;

import dev.rosie.core.action.CleanMode;
import dev.rosie.core.world.Cell;
import dev.rosie.core.world.OccupancyGrid;
import dev.rosie.core.world.Point;
import dev.rosie.core.world.Room;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Boustrophedon coverage: horizontal lanes across the room, spaced by the cleaning width less the
 * mode's overlap, each lane split into its free runs, visited in alternating direction. The
 * transitions between runs are left to the {@link GridPlanner}, so obstacles inside the room are
 * driven around rather than through.
 */
public final class CoveragePlanner {
    private final CostMap costs;
    private final double cleaningWidth;

    public CoveragePlanner(CostMap costs, double cleaningWidth) {
        this.costs = costs;
        this.cleaningWidth = cleaningWidth;
    }

    /** Lane spacing for a mode: deep overlaps most, quick least. */
    public double laneSpacing(CleanMode mode) {
        return switch (mode) {
            case QUICK -> cleaningWidth * 0.95;
            case NORMAL -> cleaningWidth * 0.80;
            case DEEP -> cleaningWidth * 0.55;
        };
    }

    /** The straight sweeps to drive, in order, each from its first point to its second. */
    public List<Point[]> sweeps(Room room, CleanMode mode) {
        OccupancyGrid grid = costs.grid();
        double spacing = laneSpacing(mode);
        List<Point[]> out = new ArrayList<>();
        boolean leftToRight = true;
        double res = grid.resolution();
        double[] reach = reachableRows(room);
        if (reach == null) {
            return out;
        }
        // Lanes spread evenly from the lowest to the highest row the centre can reach, so the strips
        // along the walls are swept too rather than falling between a lane and the wall.
        int lanes = Math.max(1, (int) Math.ceil((reach[1] - reach[0]) / spacing) + 1);
        double pitch = lanes == 1 ? 0 : (reach[1] - reach[0]) / (lanes - 1);
        for (int lane = 0; lane < lanes; lane++) {
            double y = reach[0] + lane * pitch;
            List<Point[]> runs = new ArrayList<>();
            Point runStart = null;
            Point last = null;
            for (double x = room.area().minX() + res / 2; x < room.area().maxX(); x += res) {
                Point p = new Point(x, y);
                boolean usable = room.area().contains(p) && !costs.blocked(grid.cellOf(p));
                if (usable) {
                    if (runStart == null) {
                        runStart = p;
                    }
                    last = p;
                } else if (runStart != null) {
                    runs.add(new Point[] {runStart, last});
                    runStart = null;
                }
            }
            if (runStart != null) {
                runs.add(new Point[] {runStart, last});
            }
            if (!leftToRight) {
                List<Point[]> reversed = new ArrayList<>();
                for (int i = runs.size() - 1; i >= 0; i--) {
                    reversed.add(new Point[] {runs.get(i)[1], runs.get(i)[0]});
                }
                runs = reversed;
            }
            out.addAll(runs);
            if (!runs.isEmpty()) {
                leftToRight = !leftToRight;
            }
        }
        return out;
    }

    /** The lowest and highest row centres (y) inside the room where the robot's centre may be, or null. */
    private double[] reachableRows(Room room) {
        OccupancyGrid grid = costs.grid();
        double res = grid.resolution();
        double low = Double.NaN;
        double high = Double.NaN;
        for (double y = room.area().minY() + res / 2; y < room.area().maxY(); y += res) {
            for (double x = room.area().minX() + res / 2; x < room.area().maxX(); x += res) {
                Point p = new Point(x, y);
                if (room.area().contains(p) && !costs.blocked(grid.cellOf(p))) {
                    if (Double.isNaN(low)) {
                        low = y;
                    }
                    high = y;
                    break;
                }
            }
        }
        return Double.isNaN(low) ? null : new double[] {low, high};
    }

    /**
     * The floor cells the brushes can reach: inside the room, free, and within {@code reach} of a
     * place the robot's centre may be. Coverage is measured against these; a strip under a bed the
     * body cannot enter is not counted against it.
     */
    public Set<Cell> reachableFloor(Room room, double reach) {
        OccupancyGrid grid = costs.grid();
        int r = (int) Math.ceil(reach / grid.resolution());
        Set<Cell> out = new HashSet<>();
        for (Cell c : floorCells(room)) {
            search:
            for (int dy = -r; dy <= r; dy++) {
                for (int dx = -r; dx <= r; dx++) {
                    if (Math.hypot(dx, dy) * grid.resolution() <= reach && !costs.blocked(c.ix() + dx, c.iy() + dy)) {
                        out.add(c);
                        break search;
                    }
                }
            }
        }
        return out;
    }

    /** The room's floor cells: inside its outline and free in the static grid. */
    public Set<Cell> floorCells(Room room) {
        OccupancyGrid grid = costs.grid();
        Set<Cell> cells = new HashSet<>();
        Cell lo = grid.cellOf(new Point(room.area().minX(), room.area().minY()));
        Cell hi = grid.cellOf(new Point(room.area().maxX(), room.area().maxY()));
        for (int iy = Math.max(0, lo.iy()); iy <= Math.min(grid.height() - 1, hi.iy()); iy++) {
            for (int ix = Math.max(0, lo.ix()); ix <= Math.min(grid.width() - 1, hi.ix()); ix++) {
                Cell c = new Cell(ix, iy);
                if (grid.isFree(c) && room.area().contains(grid.centerOf(c))) {
                    cells.add(c);
                }
            }
        }
        return cells;
    }
}
