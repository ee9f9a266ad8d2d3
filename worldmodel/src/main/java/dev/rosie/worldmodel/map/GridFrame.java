package dev.rosie.worldmodel.map;

import dev.rosie.core.world.Cell;
import dev.rosie.core.world.Point;
import dev.rosie.core.world.Polygon;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * The geometry of a grid before it has cells: where it sits in the map frame and how finely it is
 * divided. The loader checks every coordinate in a map file against it, and the rasteriser uses it
 * to decide which cells a shape covers (a cell belongs to a shape when its centre does).
 */
record GridFrame(double resolution, Point origin, int width, int height) {
    /** Keeps a hostile or mistaken file from asking for gigabytes of grid. */
    static final int MAX_CELLS_PER_SIDE = 10_000;
    static final long MAX_CELLS = 16_000_000L;
    private static final double EPS = 1e-9;

    GridFrame {
        Objects.requireNonNull(origin, "origin");
        if (!(resolution > 0) || !Double.isFinite(resolution)) {
            throw new IllegalArgumentException("resolution must be a positive number of metres, not " + resolution);
        }
        if (width <= 0 || height <= 0 || width > MAX_CELLS_PER_SIDE || height > MAX_CELLS_PER_SIDE
                || (long) width * height > MAX_CELLS) {
            throw new IllegalArgumentException("grid of " + width + "x" + height + " cells is outside 1.." + MAX_CELLS_PER_SIDE
                    + " cells per side and " + MAX_CELLS + " cells in all");
        }
    }

    double maxX() {
        return origin.x() + width * resolution;
    }

    double maxY() {
        return origin.y() + height * resolution;
    }

    /** Inside the grid's rectangle, edges included (walls are drawn on the outer edge). */
    boolean contains(Point p) {
        return p.x() >= origin.x() - EPS && p.x() <= maxX() + EPS && p.y() >= origin.y() - EPS && p.y() <= maxY() + EPS;
    }

    String describeBounds() {
        return String.format(Locale.ROOT, "x %s..%s, y %s..%s m", fmt(origin.x()), fmt(maxX()), fmt(origin.y()), fmt(maxY()));
    }

    Point centerOf(int ix, int iy) {
        return new Point(origin.x() + (ix + 0.5) * resolution, origin.y() + (iy + 0.5) * resolution);
    }

    /** Cells whose centres lie inside {@code polygon}. */
    List<Cell> cellsInside(Polygon polygon) {
        List<Cell> cells = new ArrayList<>();
        int x0 = clampX(polygon.minX());
        int x1 = clampX(polygon.maxX());
        int y0 = clampY(polygon.minY());
        int y1 = clampY(polygon.maxY());
        for (int iy = y0; iy <= y1; iy++) {
            for (int ix = x0; ix <= x1; ix++) {
                if (polygon.contains(centerOf(ix, iy))) {
                    cells.add(new Cell(ix, iy));
                }
            }
        }
        return cells;
    }

    /**
     * Cells whose centres lie in the band of {@code thickness} centred on segment a-b, cut square at
     * the ends (flat caps): a wall ending at a doorway's edge must not creep into the doorway.
     */
    List<Cell> cellsAlong(Point a, Point b, double thickness) {
        double half = thickness / 2;
        double dx = b.x() - a.x();
        double dy = b.y() - a.y();
        double len = Math.hypot(dx, dy);
        List<Cell> cells = new ArrayList<>();
        int x0 = clampX(Math.min(a.x(), b.x()) - half);
        int x1 = clampX(Math.max(a.x(), b.x()) + half);
        int y0 = clampY(Math.min(a.y(), b.y()) - half);
        int y1 = clampY(Math.max(a.y(), b.y()) + half);
        for (int iy = y0; iy <= y1; iy++) {
            for (int ix = x0; ix <= x1; ix++) {
                Point c = centerOf(ix, iy);
                double along = ((c.x() - a.x()) * dx + (c.y() - a.y()) * dy) / len;
                double across = Math.abs((c.x() - a.x()) * dy - (c.y() - a.y()) * dx) / len;
                if (along >= -EPS && along <= len + EPS && across <= half + EPS) {
                    cells.add(new Cell(ix, iy));
                }
            }
        }
        return cells;
    }

    private int clampX(double x) {
        return Math.clamp((long) Math.floor((x - origin.x()) / resolution), 0, width - 1);
    }

    private int clampY(double y) {
        return Math.clamp((long) Math.floor((y - origin.y()) / resolution), 0, height - 1);
    }

    static String fmt(double v) {
        return String.format(Locale.ROOT, "%.3f", v).replaceAll("0+$", "").replaceAll("\\.$", "");
    }
}
