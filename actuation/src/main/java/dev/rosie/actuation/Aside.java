package dev.rosie.actuation;

import dev.rosie.actuation.motion.CostMap;
import dev.rosie.actuation.motion.GridPlanner;
import dev.rosie.actuation.motion.PathResult;
import dev.rosie.core.world.Cell;
import dev.rosie.core.world.OccupancyGrid;
import dev.rosie.core.world.Point;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Where to step aside to when someone stands in the way and there is no way round: in a doorway or
 * a narrow hall the person is often waiting for the robot to move, and two who wait for each other
 * wait for ever. A spot is a free place a short drive away that is clearly farther from everyone in
 * the way than the robot is now; the nearest such spot with a path (that keeps clear of them) wins.
 */
final class Aside {
    private static final double NEAREST = 0.8;
    private static final double FARTHEST = 2.0;
    private static final double GAIN = 0.8;
    private static final int TRIES = 6;

    private Aside() {
    }

    /** A path to a spot out of the way, planned on {@code around} (which keeps clear of {@code blockers}). */
    static Optional<PathResult.Found> spot(Point here, List<CostMap.Disc> blockers, GridPlanner around) {
        CostMap costs = around.costs();
        OccupancyGrid grid = costs.grid();
        Cell centre = grid.cellOf(here);
        int r = (int) Math.ceil(FARTHEST / grid.resolution());
        double now = clearance(here, blockers);
        List<Point> spots = new ArrayList<>();
        for (int dy = -r; dy <= r; dy++) {
            for (int dx = -r; dx <= r; dx++) {
                Cell c = new Cell(centre.ix() + dx, centre.iy() + dy);
                if (costs.blocked(c)) {
                    continue;
                }
                Point p = grid.centerOf(c);
                double d = p.distanceTo(here);
                if (d >= NEAREST && d <= FARTHEST && clearance(p, blockers) >= now + GAIN) {
                    spots.add(p);
                }
            }
        }
        spots.sort(Comparator.comparingDouble((Point p) -> p.distanceTo(here)).thenComparingDouble(Point::x)
                .thenComparingDouble(Point::y));
        int tried = 0;
        for (Point p : spots) {
            if (tried++ >= TRIES) {
                break;
            }
            if (around.plan(here, p) instanceof PathResult.Found path && path.length() <= 2 * FARTHEST) {
                return Optional.of(path);
            }
        }
        return Optional.empty();
    }

    private static double clearance(Point p, List<CostMap.Disc> blockers) {
        double best = Double.POSITIVE_INFINITY;
        for (CostMap.Disc d : blockers) {
            best = Math.min(best, p.distanceTo(d.centre()) - d.radius());
        }
        return best;
    }
}
