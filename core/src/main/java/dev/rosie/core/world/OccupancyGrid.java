package dev.rosie.core.world;

import java.util.Arrays;
import java.util.Objects;

/**
 * The static map: a grid of cells, each free, occupied or unknown, anchored at {@code origin} (the
 * map-frame position of cell (0,0)'s lower-left corner). Immutable; the cells are copied in and
 * never handed out.
 */
public final class OccupancyGrid {
    public static final byte FREE = 0;
    public static final byte OCCUPIED = 100;
    public static final byte UNKNOWN = -1;

    private final double resolution;
    private final Point origin;
    private final int width;
    private final int height;
    private final byte[] cells;

    public OccupancyGrid(double resolution, Point origin, int width, int height, byte[] cells) {
        if (!(resolution > 0) || !Double.isFinite(resolution)) {
            throw new IllegalArgumentException("grid resolution must be a positive number of metres, not " + resolution);
        }
        if (width <= 0 || height <= 0) {
            throw new IllegalArgumentException("grid size must be positive, not " + width + "x" + height);
        }
        Objects.requireNonNull(cells, "cells");
        if (cells.length != width * height) {
            throw new IllegalArgumentException("grid has " + cells.length + " cells; " + width + "x" + height + " needs " + width * height);
        }
        for (byte c : cells) {
            if (c != FREE && c != OCCUPIED && c != UNKNOWN) {
                throw new IllegalArgumentException("grid cell value " + c + " is not FREE(0), OCCUPIED(100) or UNKNOWN(-1)");
            }
        }
        this.resolution = resolution;
        this.origin = Objects.requireNonNull(origin, "origin");
        this.width = width;
        this.height = height;
        this.cells = cells.clone();
    }

    public double resolution() { return resolution; }
    public Point origin() { return origin; }
    public int width() { return width; }
    public int height() { return height; }

    public boolean inBounds(int ix, int iy) {
        return ix >= 0 && iy >= 0 && ix < width && iy < height;
    }

    public byte get(int ix, int iy) {
        return inBounds(ix, iy) ? cells[iy * width + ix] : UNKNOWN;
    }

    /** Free and inside the grid. Unknown counts as not free: the robot does not drive into the unknown. */
    public boolean isFree(int ix, int iy) {
        return get(ix, iy) == FREE;
    }

    public boolean isFree(Cell c) {
        return isFree(c.ix(), c.iy());
    }

    public Cell cellOf(Point p) {
        return new Cell((int) Math.floor((p.x() - origin.x()) / resolution), (int) Math.floor((p.y() - origin.y()) / resolution));
    }

    public Point centerOf(Cell c) {
        return new Point(origin.x() + (c.ix() + 0.5) * resolution, origin.y() + (c.iy() + 0.5) * resolution);
    }

    /**
     * The in-bounds cells a straight segment crosses, in order, without repeats. Sampled every
     * quarter cell so the chain has no gaps: a door drawn this way cannot be slipped through.
     */
    public java.util.List<Cell> cellsAlong(Point a, Point b) {
        int samples = Math.max(1, (int) Math.ceil(a.distanceTo(b) / (resolution / 4)));
        java.util.LinkedHashSet<Cell> cells = new java.util.LinkedHashSet<>();
        for (int s = 0; s <= samples; s++) {
            double t = (double) s / samples;
            Cell c = cellOf(new Point(a.x() + t * (b.x() - a.x()), a.y() + t * (b.y() - a.y())));
            if (inBounds(c.ix(), c.iy())) {
                cells.add(c);
            }
        }
        return java.util.List.copyOf(cells);
    }

    /** The in-bounds cells whose centres lie inside {@code polygon}. */
    public java.util.List<Cell> cellsInside(Polygon polygon) {
        Cell lo = cellOf(new Point(polygon.minX(), polygon.minY()));
        Cell hi = cellOf(new Point(polygon.maxX(), polygon.maxY()));
        java.util.List<Cell> cells = new java.util.ArrayList<>();
        for (int iy = Math.max(0, lo.iy()); iy <= Math.min(height - 1, hi.iy()); iy++) {
            for (int ix = Math.max(0, lo.ix()); ix <= Math.min(width - 1, hi.ix()); ix++) {
                Cell c = new Cell(ix, iy);
                if (polygon.contains(centerOf(c))) {
                    cells.add(c);
                }
            }
        }
        return cells;
    }

    public double widthMetres() { return width * resolution; }
    public double heightMetres() { return height * resolution; }

    /** A copy with some cells changed, e.g. closed doors marked occupied. */
    public OccupancyGrid with(Iterable<Cell> changed, byte value) {
        byte[] copy = cells.clone();
        for (Cell c : changed) {
            if (inBounds(c.ix(), c.iy())) {
                copy[c.iy() * width + c.ix()] = value;
            }
        }
        return new OccupancyGrid(resolution, origin, width, height, copy);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof OccupancyGrid g && g.resolution == resolution && g.origin.equals(origin)
                && g.width == width && g.height == height && Arrays.equals(g.cells, cells);
    }

    @Override
    public int hashCode() {
        return Objects.hash(resolution, origin, width, height, Arrays.hashCode(cells));
    }

    @Override
    public String toString() {
        return "OccupancyGrid[" + width + "x" + height + " @ " + resolution + " m, origin " + origin + "]";
    }
}
