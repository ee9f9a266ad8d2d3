package dev.rosie.actuation.avoid;

import dev.rosie.core.world.Door;
import dev.rosie.core.world.HomeMap;
import dev.rosie.core.world.OccupancyGrid;
import dev.rosie.core.world.WorldObject;

/**
 * What the map says is solid at the lidar's height: walls and unknown space on the grid, furniture
 * marked as an obstacle, and the doors the map has closed. A range return near one of these is
 * explained by the map; anything else is something the map does not know (a person, a pet, a bag
 * left on the floor). Outside the grid counts as solid, so returns from beyond an open exterior
 * door are not mistaken for people. Immutable.
 */
public final class StaticMask {
    private final int width;
    private final int height;
    private final double res;
    private final double ox;
    private final double oy;
    private final boolean[] solid;

    public StaticMask(HomeMap map) {
        OccupancyGrid grid = map.grid();
        this.width = grid.width();
        this.height = grid.height();
        this.res = grid.resolution();
        this.ox = grid.origin().x();
        this.oy = grid.origin().y();
        this.solid = new boolean[width * height];
        for (int iy = 0; iy < height; iy++) {
            for (int ix = 0; ix < width; ix++) {
                solid[iy * width + ix] = !grid.isFree(ix, iy);
            }
        }
        for (WorldObject o : map.objects()) {
            if (o.obstacle() && o.footprint().isPresent()) {
                grid.cellsInside(o.footprint().get()).forEach(c -> solid[c.iy() * width + c.ix()] = true);
            }
        }
        for (Door d : map.doors()) {
            if (!d.open()) {
                grid.cellsAlong(d.a(), d.b()).forEach(c -> solid[c.iy() * width + c.ix()] = true);
            }
        }
    }

    /** Whether a solid cell (or the space outside the grid) lies within {@code tolerance} metres of (x, y). */
    public boolean explains(double x, double y, double tolerance) {
        int cx = (int) Math.floor((x - ox) / res);
        int cy = (int) Math.floor((y - oy) / res);
        int r = (int) Math.ceil(tolerance / res);
        double tol2 = tolerance * tolerance;
        for (int iy = cy - r; iy <= cy + r; iy++) {
            for (int ix = cx - r; ix <= cx + r; ix++) {
                boolean isSolid = ix < 0 || iy < 0 || ix >= width || iy >= height || solid[iy * width + ix];
                if (isSolid && squaredDistanceToCell(x, y, ix, iy) <= tol2) {
                    return true;
                }
            }
        }
        return false;
    }

    private double squaredDistanceToCell(double x, double y, int ix, int iy) {
        double x0 = ox + ix * res;
        double y0 = oy + iy * res;
        double dx = x < x0 ? x0 - x : x > x0 + res ? x - x0 - res : 0;
        double dy = y < y0 ? y0 - y : y > y0 + res ? y - y0 - res : 0;
        return dx * dx + dy * dy;
    }
}
