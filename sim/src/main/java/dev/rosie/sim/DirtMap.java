package dev.rosie.sim;

import dev.rosie.core.world.HomeMap;
import dev.rosie.core.world.Point;
import dev.rosie.core.world.Room;
import dev.rosie.core.world.Zone;
import dev.rosie.core.world.ZoneKind;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * The dirt on the floor, cell by cell, and the cells the suction has covered. Only cleanable cells
 * carry dirt: inside a room, free of walls and furniture, outside every no-go zone. Suction cleans
 * the cells whose centres lie under the body's disc, removing dirt at the configured rate, so a
 * slow pass cleans better than a fast one and a cell passed twice is cleaner than a cell passed once.
 */
final class DirtMap {
    private final Floorplan plan;
    private final List<Room> rooms;
    /** The room index of each cleanable cell, -1 for cells that are not. */
    private final short[] roomOf;
    private final double[] grams;
    private final boolean[] covered;
    private final int[] cleanable;
    private final int[] coveredCount;
    private final double[] initial;
    private final double removalRate;
    private double keptFor = Double.NaN;
    private double keep;

    DirtMap(Floorplan plan, DirtConfig config, Random random) {
        this.plan = plan;
        HomeMap map = plan.map();
        this.rooms = map.rooms();
        this.removalRate = config.removalRate();
        int n = plan.width * plan.height;
        this.roomOf = new short[n];
        java.util.Arrays.fill(roomOf, (short) -1);
        this.grams = new double[n];
        this.covered = new boolean[n];
        this.cleanable = new int[rooms.size()];
        this.coveredCount = new int[rooms.size()];
        this.initial = new double[rooms.size()];
        List<Zone> noGo = map.zones().stream().filter(z -> z.kind() == ZoneKind.NO_GO).toList();
        double cellGrams = config.gramsPerSquareMetre() * plan.res * plan.res;
        for (int r = 0; r < rooms.size(); r++) {
            Room room = rooms.get(r);
            // Drawn in room order, then cell order: the same seed gives the same floor.
            double level = cellGrams * (1 + config.roomVariation() * (2 * random.nextDouble() - 1));
            int ix0 = Math.max(0, plan.cellX(room.area().minX()));
            int ix1 = Math.min(plan.width - 1, plan.cellX(room.area().maxX()));
            int iy0 = Math.max(0, plan.cellY(room.area().minY()));
            int iy1 = Math.min(plan.height - 1, plan.cellY(room.area().maxY()));
            for (int iy = iy0; iy <= iy1; iy++) {
                for (int ix = ix0; ix <= ix1; ix++) {
                    int i = iy * plan.width + ix;
                    if (roomOf[i] >= 0 || plan.staticKind(ix, iy) != Floorplan.FREE) {
                        continue;
                    }
                    Point centre = plan.centreOf(ix, iy);
                    if (!room.area().contains(centre) || noGo.stream().anyMatch(z -> z.area().contains(centre))) {
                        continue;
                    }
                    roomOf[i] = (short) r;
                    grams[i] = level * (1 + config.cellVariation() * (2 * random.nextDouble() - 1));
                    cleanable[r]++;
                    initial[r] += grams[i];
                }
            }
        }
    }

    /** Runs the suction for {@code seconds} over the disc at (cx, cy). */
    void clean(double cx, double cy, double radius, double seconds) {
        if (seconds != keptFor) {
            keep = StrictMath.exp(-removalRate * seconds);
            keptFor = seconds;
        }
        int ix0 = plan.cellX(cx - radius);
        int ix1 = plan.cellX(cx + radius);
        int iy0 = plan.cellY(cy - radius);
        int iy1 = plan.cellY(cy + radius);
        double r2 = radius * radius;
        for (int iy = Math.max(0, iy0); iy <= Math.min(plan.height - 1, iy1); iy++) {
            double dy = plan.oy + (iy + 0.5) * plan.res - cy;
            for (int ix = Math.max(0, ix0); ix <= Math.min(plan.width - 1, ix1); ix++) {
                int i = iy * plan.width + ix;
                int room = roomOf[i];
                if (room < 0) {
                    continue;
                }
                double dx = plan.ox + (ix + 0.5) * plan.res - cx;
                if (dx * dx + dy * dy > r2) {
                    continue;
                }
                grams[i] *= keep;
                if (!covered[i]) {
                    covered[i] = true;
                    coveredCount[room]++;
                }
            }
        }
    }

    /** Grams of dirt in the cell at {@code p}; 0 off the cleanable floor. */
    double gramsAt(Point p) {
        int ix = plan.cellX(p.x());
        int iy = plan.cellY(p.y());
        return plan.inBounds(ix, iy) ? grams[iy * plan.width + ix] : 0;
    }

    boolean coveredAt(Point p) {
        int ix = plan.cellX(p.x());
        int iy = plan.cellY(p.y());
        return plan.inBounds(ix, iy) && covered[iy * plan.width + ix];
    }

    /** Every room, in map order. */
    Map<String, RoomDirt> byRoom() {
        double[] residual = new double[rooms.size()];
        for (int i = 0; i < roomOf.length; i++) {
            if (roomOf[i] >= 0) {
                residual[roomOf[i]] += grams[i];
            }
        }
        Map<String, RoomDirt> result = new LinkedHashMap<>();
        for (int r = 0; r < rooms.size(); r++) {
            result.put(rooms.get(r).name(),
                    new RoomDirt(rooms.get(r).name(), cleanable[r], coveredCount[r], initial[r], residual[r]));
        }
        return result;
    }
}
