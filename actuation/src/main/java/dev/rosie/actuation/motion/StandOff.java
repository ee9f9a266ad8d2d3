package dev.rosie.actuation.motion;

import dev.rosie.core.world.Cell;
import dev.rosie.core.world.Door;
import dev.rosie.core.world.HomeMap;
import dev.rosie.core.world.OccupancyGrid;
import dev.rosie.core.world.Point;
import dev.rosie.core.world.Polygon;
import dev.rosie.core.world.WorldObject;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Where to stand to use an arm on something: a laptop on a desk, a sock on the floor, a basket to
 * drop things into. The thing's own point usually lies where the robot cannot be (inside the desk's
 * footprint, or inside the disc kept clear round a sock), so driving at it ends wherever the cost
 * map happens to let the robot stop, which may be well out of reach. This picks, among the cells
 * the robot can drive to from where it is, those from which the thing is within {@code reach} of
 * the robot's centre, and of them the one nearest the thing (most reach to spare); cells about as
 * near as that (within {@link #AS_NEAR}) are told apart by the shorter drive, so the robot comes at
 * a sock from the side it is on. When no cell the robot could ever stand on is within reach, it says
 * how close it could get, so the failure can say why. The arm reaches over furniture (across the
 * desk to the laptop) but never through a wall or a closed door.
 */
public final class StandOff {

    /** The answer. */
    public sealed interface Result {
    }

    /**
     * Stand at {@code stand} (a cell centre): the thing is {@code distance} metres from there.
     */
    public record Found(Point stand, double distance) implements Result {
        public Found {
            Objects.requireNonNull(stand, "stand");
        }
    }

    /**
     * No free cell anywhere is within reach. {@code closest} is the distance from the nearest free
     * cell to the thing, if any free cell is within {@link #LOOK_BEYOND} metres beyond the reach.
     */
    public record OutOfReach(Optional<Double> closest) implements Result {
        public OutOfReach {
            Objects.requireNonNull(closest, "closest");
        }
    }

    /**
     * Some cells are within reach, but none can be driven to from where the robot is (a closed
     * door, a no-go zone in the way), or the robot is boxed in.
     */
    public record NoPath(String reason) implements Result {
        public NoPath {
            Objects.requireNonNull(reason, "reason");
        }
    }

    /**
     * Cells this much farther from the thing than the nearest count as near: the grid makes a ring
     * of cells round a sock a centimetre or so uneven, and the robot should not drive round the sock
     * for that centimetre. Not more: each centimetre given up is reach the arm lacks if the robot
     * stops short or its odometry has drifted.
     */
    static final double AS_NEAR = 0.01;

    /** How far past the reach to look for the nearest free cell, for the failure's message. */
    public static final double LOOK_BEYOND = 1.0;

    private final HomeMap map;
    private final GridPlanner planner;
    private final Set<Cell> shut = new HashSet<>();

    /** Stand-offs on {@code map} (walls, doors, furniture) for a robot moving as {@code planner} plans. */
    public StandOff(HomeMap map, GridPlanner planner) {
        this.map = Objects.requireNonNull(map, "map");
        this.planner = Objects.requireNonNull(planner, "planner");
        for (Door d : map.doors()) {
            if (!d.open()) {
                shut.addAll(map.grid().cellsAlong(d.a(), d.b()));
            }
        }
    }

    /**
     * Where a robot now at {@code from} should stand to reach the thing at {@code aim} whose floor
     * area is {@code shape} (a desk's footprint; empty for a small thing, which is its point), with
     * its centre at most {@code reach} metres from the thing's nearest part.
     */
    public Result find(Point from, Point aim, Optional<Polygon> shape, double reach) {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(aim, "aim");
        Objects.requireNonNull(shape, "shape");
        if (!(reach > 0)) {
            throw new IllegalArgumentException("reach must be positive, not " + reach);
        }
        CostMap costs = planner.costs();
        OccupancyGrid grid = costs.grid();
        double box = reach + LOOK_BEYOND;
        double x0 = shape.map(Polygon::minX).orElse(aim.x()) - box;
        double x1 = shape.map(Polygon::maxX).orElse(aim.x()) + box;
        double y0 = shape.map(Polygon::minY).orElse(aim.y()) - box;
        double y1 = shape.map(Polygon::maxY).orElse(aim.y()) + box;
        Cell lo = grid.cellOf(new Point(x0, y0));
        Cell hi = grid.cellOf(new Point(x1, y1));
        Optional<double[]> lengths = Optional.empty();
        boolean lengthsAsked = false;
        double closest = Double.POSITIVE_INFINITY;
        boolean anyInReach = false;
        // Every free cell within reach that the robot can drive to, as {index, distance to aim, drive length}.
        List<double[]> candidates = new ArrayList<>();
        for (int iy = Math.max(0, lo.iy()); iy <= Math.min(grid.height() - 1, hi.iy()); iy++) {
            for (int ix = Math.max(0, lo.ix()); ix <= Math.min(grid.width() - 1, hi.ix()); ix++) {
                if (costs.blocked(ix, iy)) {
                    continue;
                }
                Point centre = grid.centerOf(new Cell(ix, iy));
                double gap = shape.map(s -> s.distanceTo(centre)).orElseGet(() -> centre.distanceTo(aim));
                if (gap > reach + LOOK_BEYOND || !armPasses(centre, aim)) {
                    continue;
                }
                closest = Math.min(closest, gap);
                if (gap > reach) {
                    continue;
                }
                anyInReach = true;
                if (!lengthsAsked) {
                    // Only now: a thing out of reach from everywhere needs no search of the whole flat.
                    lengthsAsked = true;
                    lengths = planner.lengthsFrom(from);
                }
                int index = iy * grid.width() + ix;
                if (lengths.isPresent() && !Double.isInfinite(lengths.get()[index])) {
                    candidates.add(new double[] {index, centre.distanceTo(aim), lengths.get()[index]});
                }
            }
        }
        if (!candidates.isEmpty()) {
            double nearest = candidates.stream().mapToDouble(c -> c[1]).min().orElseThrow();
            double[] pick = candidates.stream().filter(c -> c[1] <= nearest + AS_NEAR)
                    .min(Comparator.comparingDouble(c -> c[2])).orElseThrow();
            int index = (int) pick[0];
            Point stand = grid.centerOf(new Cell(index % grid.width(), index / grid.width()));
            return new Found(stand, shape.map(s -> s.distanceTo(stand)).orElseGet(() -> stand.distanceTo(aim)));
        }
        if (!anyInReach) {
            return new OutOfReach(Double.isInfinite(closest) ? Optional.empty() : Optional.of(closest));
        }
        return new NoPath(lengths.isEmpty() ? "the robot is boxed in at " + format(from)
                : "no free path from " + format(from) + " to anywhere within reach of it"
                        + " (closed doors and no-go zones count as walls)");
    }

    /**
     * Whether an arm reaching from {@code stand} to {@code aim} passes only over open floor and
     * furniture (it reaches over the desk to the laptop), not through a wall or a closed door: the
     * cell on the far side of a wall may be near, but nothing there is within reach.
     */
    private boolean armPasses(Point stand, Point aim) {
        OccupancyGrid grid = map.grid();
        Cell target = grid.cellOf(aim);
        for (Cell c : grid.cellsAlong(stand, aim)) {
            if (c.equals(target)) {
                continue;
            }
            if (shut.contains(c) || !grid.isFree(c) && !underFurniture(grid.centerOf(c))) {
                return false;
            }
        }
        return true;
    }

    private boolean underFurniture(Point p) {
        for (WorldObject o : map.objects()) {
            if (o.footprint().isPresent() && o.footprint().get().contains(p)) {
                return true;
            }
        }
        return false;
    }

    private static String format(Point p) {
        return String.format(Locale.ROOT, "(%.2f, %.2f)", p.x(), p.y());
    }
}
