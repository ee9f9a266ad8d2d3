package dev.rosie.worldmodel.map;

import dev.rosie.core.world.Cell;
import dev.rosie.core.world.OccupancyGrid;
import java.util.ArrayDeque;
import java.util.HashSet;
import java.util.Set;

/** Breadth-first search over a grid for reachability assertions, optionally for a round robot. */
final class GridSearch {
    private GridSearch() {
    }

    /**
     * Cells whose centres a disc of {@code radius} metres can reach from {@code start}, moving
     * 4-connected through cells where the whole disc lies on FREE cells. Radius 0 is a point robot.
     */
    static Set<Cell> reachable(OccupancyGrid grid, Cell start, double radius) {
        int r = (int) Math.ceil(radius / grid.resolution());
        Set<Cell> seen = new HashSet<>();
        ArrayDeque<Cell> queue = new ArrayDeque<>();
        if (fits(grid, start, r)) {
            seen.add(start);
            queue.add(start);
        }
        int[][] steps = {{1, 0}, {-1, 0}, {0, 1}, {0, -1}};
        while (!queue.isEmpty()) {
            Cell c = queue.poll();
            for (int[] s : steps) {
                Cell n = new Cell(c.ix() + s[0], c.iy() + s[1]);
                if (!seen.contains(n) && fits(grid, n, r)) {
                    seen.add(n);
                    queue.add(n);
                }
            }
        }
        return seen;
    }

    private static boolean fits(OccupancyGrid grid, Cell c, int r) {
        for (int dy = -r; dy <= r; dy++) {
            for (int dx = -r; dx <= r; dx++) {
                if (dx * dx + dy * dy <= r * r && !grid.isFree(c.ix() + dx, c.iy() + dy)) {
                    return false;
                }
            }
        }
        return true;
    }
}
