package dev.rosie.sim;

import dev.rosie.core.world.Point;
import dev.rosie.core.world.Pose;
import dev.rosie.core.world.Room;
import dev.rosie.core.world.WorldObject;
import dev.rosie.core.world.Zone;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * Draws what a level pinhole camera on the robot sees, one image column at a time: a ray per column
 * walks the grid to the first wall or closed door, noting the furniture it passes through; people,
 * pets, small objects and signs are met analytically. Everything in a column is then painted back to
 * front over a floor cast per pixel (room floors, rugs, the dark of a drop) and a ceiling. Vertical
 * surfaces at one depth per column is exactly what column ray casting renders correctly; the price is
 * that nothing leans, which a home mostly does not.
 */
final class CameraRenderer {
    private static final int KIND_WALL = 0;
    private static final int KIND_FURNITURE = 1;
    private static final int KIND_BEING = 2;
    private static final int KIND_OBJECT = 3;
    private static final int KIND_SIGN = 4;

    private final CameraConfig config;
    private final Floorplan plan;
    private final int width;
    private final int height;
    private final double focal;
    private final double cy;
    private final double camZ;
    /** Per column: direction relative to the optical axis through the pixel centre and its left edge. */
    private final double[] colCos;
    private final double[] colSin;
    private final double[] edgeCos;
    private final double[] edgeSin;
    private final int[] floorColour;
    private final double[] furnitureHeight;

    /** One thing a column's ray meets, painted in order of decreasing distance. */
    private record Hit(double t, int kind, int index, double aux) {
    }

    CameraRenderer(CameraConfig config, Floorplan plan, List<Zone> drops) {
        this.config = config;
        this.plan = plan;
        this.width = config.width();
        this.height = config.height();
        this.focal = config.focalPixels();
        this.cy = height / 2.0;
        this.camZ = config.mountHeight();
        this.colCos = new double[width];
        this.colSin = new double[width];
        this.edgeCos = new double[width + 1];
        this.edgeSin = new double[width + 1];
        for (int c = 0; c <= width; c++) {
            double a = StrictMath.atan2(width / 2.0 - c, focal);
            edgeCos[c] = StrictMath.cos(a);
            edgeSin[c] = StrictMath.sin(a);
            if (c < width) {
                double m = StrictMath.atan2(width / 2.0 - c - 0.5, focal);
                colCos[c] = StrictMath.cos(m);
                colSin[c] = StrictMath.sin(m);
            }
        }
        this.floorColour = floorColours(plan, drops);
        List<WorldObject> furniture = plan.furniture();
        this.furnitureHeight = new double[furniture.size()];
        for (int i = 0; i < furniture.size(); i++) {
            furnitureHeight[i] = Look.furnitureHeight(furniture.get(i));
        }
    }

    private static int[] floorColours(Floorplan plan, List<Zone> drops) {
        int[] colours = new int[plan.width * plan.height];
        List<Room> rooms = plan.map().rooms();
        List<WorldObject> rugs = plan.map().objects().stream()
                .filter(o -> !o.obstacle() && o.footprint().isPresent()).toList();
        for (int iy = 0; iy < plan.height; iy++) {
            for (int ix = 0; ix < plan.width; ix++) {
                Point c = plan.centreOf(ix, iy);
                int colour = Look.OUTSIDE;
                for (int r = 0; r < rooms.size(); r++) {
                    if (rooms.get(r).area().contains(c)) {
                        colour = Look.floor(r);
                        break;
                    }
                }
                for (WorldObject rug : rugs) {
                    if (rug.footprint().get().contains(c)) {
                        colour = Look.RUG;
                    }
                }
                for (Zone z : drops) {
                    if (z.area().contains(c)) {
                        colour = Look.DROP;
                    }
                }
                colours[iy * plan.width + ix] = colour;
            }
        }
        return colours;
    }

    /** Packed RGB rows, top row first. */
    byte[] render(Pose pose, Crowd crowd, List<Items.Visible> objects, double objectRadius,
            List<Map.Entry<Sign, SignTexture>> signs) {
        int[] pixels = new int[width * height];
        double cosT = StrictMath.cos(pose.theta());
        double sinT = StrictMath.sin(pose.theta());
        List<Crowd.Walker> walkers = crowd.walkers();
        List<Hit> hits = new ArrayList<>();
        for (int c = 0; c < width; c++) {
            double dx = cosT * colCos[c] - sinT * colSin[c];
            double dy = sinT * colCos[c] + cosT * colSin[c];
            double axial = colCos[c];
            hits.clear();
            double wall = walkGrid(pose.x(), pose.y(), dx, dy, hits);
            for (int i = 0; i < walkers.size(); i++) {
                // A being is a flat figure through its centre facing the lens: the ray meets it at its
                // distance along the ray, this far to the side of its centre line.
                Crowd.Walker w = walkers.get(i);
                double bx = w.x - pose.x();
                double by = w.y - pose.y();
                double along = bx * dx + by * dy;
                double lateral = bx * dy - by * dx;
                if (along > 0 && along < wall && Math.abs(lateral) <= Figure.halfWidth(w.kind, w.radius)) {
                    hits.add(new Hit(along, KIND_BEING, i, lateral));
                }
            }
            for (int i = 0; i < objects.size(); i++) {
                Items.Visible o = objects.get(i);
                double t = Crowd.rayCircle(pose.x(), pose.y(), dx, dy, o.x(), o.y(), objectRadius);
                if (t > 0 && t < wall) {
                    hits.add(new Hit(t, KIND_OBJECT, i, 0));
                }
            }
            for (int i = 0; i < signs.size(); i++) {
                Sign s = signs.get(i).getKey();
                double[] ts = panelHit(s, pose.x(), pose.y(), dx, dy);
                // A sign on a wall sits on its surface: allow a centimetre so the wall does not hide it.
                if (ts != null && ts[0] > 0 && ts[0] < wall + 0.01) {
                    hits.add(new Hit(ts[0], KIND_SIGN, i, ts[1]));
                }
            }
            hits.sort((a, b) -> Double.compare(b.t(), a.t()));
            paintBackground(pixels, c, pose.x(), pose.y(), dx, dy, axial);
            for (Hit h : hits) {
                double depth = h.t() * axial;
                switch (h.kind()) {
                    case KIND_WALL -> {
                        int colour = h.index() >= 0 ? Look.DOOR : Look.WALL;
                        double side = h.aux() > 0 ? 0.88 : 1.0;
                        fill(pixels, c, rowOf(config.wallHeight(), depth), rowOf(0, depth),
                                Look.shade(colour, Look.light(h.t()) * side));
                    }
                    case KIND_FURNITURE -> paintFurniture(pixels, c, h, axial);
                    case KIND_BEING -> {
                        Crowd.Walker w = walkers.get(h.index());
                        double centreDepth = (w.x - pose.x()) * cosT + (w.y - pose.y()) * sinT;
                        paintBeing(pixels, c, w, h.index(), h, centreDepth);
                    }
                    case KIND_OBJECT -> paintObject(pixels, c, objects.get(h.index()), h.t(), depth);
                    case KIND_SIGN -> paintSign(pixels, c, signs.get(h.index()), h, pose, cosT, sinT, depth);
                    default -> throw new IllegalStateException("unknown hit kind " + h.kind());
                }
            }
        }
        byte[] rgb = new byte[width * height * 3];
        for (int i = 0; i < pixels.length; i++) {
            rgb[3 * i] = (byte) (pixels[i] >> 16);
            rgb[3 * i + 1] = (byte) (pixels[i] >> 8);
            rgb[3 * i + 2] = (byte) pixels[i];
        }
        return rgb;
    }

    /**
     * Walks the grid from the lens along (dx, dy), adding a hit for each piece of furniture entered
     * (with its exit distance) and one for the wall or closed door that ends the ray; returns the
     * distance to that wall, or the camera's range.
     */
    private double walkGrid(double x, double y, double dx, double dy, List<Hit> hits) {
        double res = plan.res;
        double gx = (x - plan.ox) / res;
        double gy = (y - plan.oy) / res;
        int ix = (int) Math.floor(gx);
        int iy = (int) Math.floor(gy);
        int stepX = dx > 0 ? 1 : -1;
        int stepY = dy > 0 ? 1 : -1;
        double tDeltaX = dx != 0 ? res / Math.abs(dx) : Double.POSITIVE_INFINITY;
        double tDeltaY = dy != 0 ? res / Math.abs(dy) : Double.POSITIVE_INFINITY;
        double tMaxX = dx > 0 ? (ix + 1 - gx) * tDeltaX : dx < 0 ? (gx - ix) * tDeltaX : Double.POSITIVE_INFINITY;
        double tMaxY = dy > 0 ? (iy + 1 - gy) * tDeltaY : dy < 0 ? (gy - iy) * tDeltaY : Double.POSITIVE_INFINITY;
        int inFurniture = -1;
        double enteredAt = 0;
        double max = config.maxDistance();
        while (true) {
            double t;
            boolean xSide;
            if (tMaxX < tMaxY) {
                t = tMaxX;
                ix += stepX;
                tMaxX += tDeltaX;
                xSide = true;
            } else {
                t = tMaxY;
                iy += stepY;
                tMaxY += tDeltaY;
                xSide = false;
            }
            int furniture = plan.furnitureAt(ix, iy);
            if (furniture != inFurniture) {
                if (inFurniture >= 0) {
                    hits.add(new Hit(enteredAt, KIND_FURNITURE, inFurniture, t));
                }
                inFurniture = furniture;
                enteredAt = t;
            }
            if (t > max) {
                return max;
            }
            int door = plan.closedDoorAt(ix, iy);
            if (door >= 0 || (furniture < 0 && plan.staticKind(ix, iy) == Floorplan.WALL)) {
                if (inFurniture >= 0) {
                    hits.add(new Hit(enteredAt, KIND_FURNITURE, inFurniture, t));
                }
                hits.add(new Hit(t, KIND_WALL, door, xSide ? 1 : 0));
                return t;
            }
        }
    }

    private void paintBackground(int[] pixels, int c, double x, double y, double dx, double dy, double axial) {
        int horizon = (int) Math.ceil(cy - 0.5);
        for (int r = 0; r < Math.min(horizon, height); r++) {
            pixels[r * width + c] = Look.shade(Look.CEILING, 0.75 + 0.25 * r / Math.max(1, horizon));
        }
        for (int r = Math.max(0, horizon); r < height; r++) {
            double below = r + 0.5 - cy;
            if (below <= 0) {
                pixels[r * width + c] = Look.shade(Look.OUTSIDE, 0.5);
                continue;
            }
            double t = focal * camZ / below / axial;
            int ix = plan.cellX(x + t * dx);
            int iy = plan.cellY(y + t * dy);
            int colour = plan.inBounds(ix, iy) ? floorColour[iy * plan.width + ix] : Look.OUTSIDE;
            pixels[r * width + c] = Look.shade(colour, Look.light(t));
        }
    }

    private void paintFurniture(int[] pixels, int c, Hit h, double axial) {
        double top = furnitureHeight[h.index()];
        double near = h.t() * axial;
        double far = h.aux() * axial;
        int colour = Look.furniture(h.index());
        if (camZ > top) {
            fill(pixels, c, rowOf(top, far), rowOf(top, near), Look.shade(colour, Look.light(h.t()) * 1.15));
        }
        fill(pixels, c, rowOf(top, near), rowOf(0, near), Look.shade(colour, Look.light(h.t())));
    }

    /** One column of a being's figure, every row sampled at its centre height (see {@link Figure}). */
    private void paintBeing(int[] pixels, int c, Crowd.Walker w, int index, Hit h, double depth) {
        double light = Look.light(h.t());
        int from = Math.max(0, rowOf(Look.beingHeight(w.kind), depth) - 1);
        int to = Math.min(height, rowOf(0, depth) + 1);
        for (int r = from; r < to; r++) {
            int colour = Figure.colour(w.kind, index, h.aux(), heightAtRow(r + 0.5, depth));
            if (colour != Figure.NONE) {
                pixels[r * width + c] = Look.shade(colour, light);
            }
        }
    }

    private void paintObject(int[] pixels, int c, Items.Visible o, double t, double depth) {
        double base = switch (o.support()) {
            case ObjectState.FLOOR -> 0;
            case ObjectState.WALL -> 1.0;
            default -> plan.furniture().stream().filter(f -> f.name().equals(o.support())).findFirst()
                    .map(Look::furnitureHeight).orElse(0.0);
        };
        double tall = ObjectState.WALL.equals(o.support()) ? 0.4 : o.upright() ? 0.15 : 0.06;
        fill(pixels, c, rowOf(base + tall, depth), rowOf(base, depth), Look.shade(Look.object(o.source()), Look.light(t)));
    }

    private void paintSign(int[] pixels, int c, Map.Entry<Sign, SignTexture> entry, Hit h, Pose pose, double cosT,
            double sinT, double depth) {
        Sign s = entry.getKey();
        int from = rowOf(s.elevation() + s.height(), depth);
        int to = rowOf(s.elevation(), depth);
        double facingX = StrictMath.cos(s.facing());
        double facingY = StrictMath.sin(s.facing());
        double dx = cosT * colCos[c] - sinT * colSin[c];
        double dy = sinT * colCos[c] + cosT * colSin[c];
        boolean front = dx * facingX + dy * facingY < 0;
        if (!front) {
            fill(pixels, c, from, to, Look.shade(Look.SIGN_BACK, Look.light(h.t())));
            return;
        }
        double u0 = edgeU(s, pose, cosT, sinT, c, h.aux());
        double u1 = edgeU(s, pose, cosT, sinT, c + 1, h.aux());
        for (int r = Math.max(0, from); r < Math.min(height, to); r++) {
            double v0 = (s.elevation() + s.height() - heightAtRow(r, depth)) / s.height();
            double v1 = (s.elevation() + s.height() - heightAtRow(r + 1, depth)) / s.height();
            pixels[r * width + c] = entry.getValue().average(u0, v0, u1, v1);
        }
    }

    /** The panel coordinate where the ray through a column's left edge meets the sign's line. */
    private double edgeU(Sign s, Pose pose, double cosT, double sinT, int edge, double fallback) {
        double dx = cosT * edgeCos[edge] - sinT * edgeSin[edge];
        double dy = sinT * edgeCos[edge] + cosT * edgeSin[edge];
        double[] ts = panelHit(s, pose.x(), pose.y(), dx, dy);
        return ts == null ? fallback : Math.max(0, Math.min(1, ts[1]));
    }

    /**
     * Where a ray meets the sign's panel: {distance, u} with u from 0 to 1 from the reader's left to
     * right, or null if it misses. The reader faces the sign, so their right is the facing turned a
     * quarter anticlockwise.
     */
    static double[] panelHit(Sign s, double x, double y, double dx, double dy) {
        double rx = -StrictMath.sin(s.facing());
        double ry = StrictMath.cos(s.facing());
        double ax = s.at().x() - rx * s.width() / 2;
        double ay = s.at().y() - ry * s.width() / 2;
        double ex = rx * s.width();
        double ey = ry * s.width();
        double denom = dx * ey - dy * ex;
        if (Math.abs(denom) < 1e-12) {
            return null;
        }
        double qx = ax - x;
        double qy = ay - y;
        double t = (qx * ey - qy * ex) / denom;
        double u = (qx * dy - qy * dx) / denom;
        if (t <= 0 || u < 0 || u > 1) {
            return null;
        }
        return new double[] {t, u};
    }

    /** The first pixel row at or below the image of height {@code z} at {@code depth}. */
    private int rowOf(double z, double depth) {
        return (int) Math.ceil(cy - focal * (z - camZ) / depth - 0.5);
    }

    private double heightAtRow(double row, double depth) {
        return camZ + (cy - row) * depth / focal;
    }

    private void fill(int[] pixels, int c, int fromRow, int toRow, int colour) {
        int from = Math.max(0, fromRow);
        int to = Math.min(height, toRow);
        for (int r = from; r < to; r++) {
            pixels[r * width + c] = colour;
        }
    }

    static byte[] blank(int width, int height) {
        byte[] rgb = new byte[width * height * 3];
        Arrays.fill(rgb, (byte) 0);
        return rgb;
    }
}
