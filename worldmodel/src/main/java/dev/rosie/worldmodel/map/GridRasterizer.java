package dev.rosie.worldmodel.map;

import dev.rosie.core.world.Cell;
import dev.rosie.core.world.OccupancyGrid;
import dev.rosie.core.world.Point;
import dev.rosie.core.world.Polygon;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * Paints a map's shapes into an {@link OccupancyGrid}. The grid starts UNKNOWN and the layers are
 * applied in the order given, later ones winning: that order is the whole rule set, so it lives in
 * one place ({@link RosieMapLoader} passes floor, walls, openings, obstacles) rather than in
 * per-shape special cases.
 */
final class GridRasterizer {

    /** One thing to paint. Sealed so the painter's switch stays exhaustive as layers are added. */
    sealed interface Layer permits Floor, Wall, Opening, Obstacle {
    }

    /** Floor the robot could physically drive on: FREE. */
    record Floor(Polygon area) implements Layer {
        Floor {
            Objects.requireNonNull(area, "area");
        }
    }

    /** A wall segment of the given thickness: OCCUPIED. */
    record Wall(Point a, Point b, double thickness) implements Layer {
        Wall {
            Objects.requireNonNull(a, "a");
            Objects.requireNonNull(b, "b");
        }
    }

    /**
     * A door's opening, cut through the wall band back to FREE. Whether the door is closed is a
     * runtime fact consumers read from {@link dev.rosie.core.world.Door#open()}; baking it into the
     * static grid would make opening a door require a new map.
     */
    record Opening(Point a, Point b, double thickness) implements Layer {
        Opening {
            Objects.requireNonNull(a, "a");
            Objects.requireNonNull(b, "b");
        }
    }

    /** Furniture the robot cannot pass: OCCUPIED. */
    record Obstacle(Polygon footprint) implements Layer {
        Obstacle {
            Objects.requireNonNull(footprint, "footprint");
        }
    }

    private final GridFrame frame;

    GridRasterizer(GridFrame frame) {
        this.frame = Objects.requireNonNull(frame, "frame");
    }

    OccupancyGrid paint(List<Layer> layers) {
        byte[] cells = new byte[frame.width() * frame.height()];
        Arrays.fill(cells, OccupancyGrid.UNKNOWN);
        for (Layer layer : layers) {
            switch (layer) {
                case Floor f -> set(cells, frame.cellsInside(f.area()), OccupancyGrid.FREE);
                case Wall w -> set(cells, frame.cellsAlong(w.a(), w.b(), w.thickness()), OccupancyGrid.OCCUPIED);
                case Opening o -> set(cells, frame.cellsAlong(o.a(), o.b(), o.thickness()), OccupancyGrid.FREE);
                case Obstacle o -> set(cells, frame.cellsInside(o.footprint()), OccupancyGrid.OCCUPIED);
            }
        }
        return new OccupancyGrid(frame.resolution(), frame.origin(), frame.width(), frame.height(), cells);
    }

    private void set(byte[] cells, List<Cell> which, byte value) {
        for (Cell c : which) {
            cells[c.iy() * frame.width() + c.ix()] = value;
        }
    }
}
