package dev.rosie.worldmodel.view;

import dev.rosie.core.RosieException;
import dev.rosie.core.world.Door;
import dev.rosie.core.world.HomeMap;
import dev.rosie.core.world.ObjectClass;
import dev.rosie.core.world.OccupancyGrid;
import dev.rosie.core.world.Point;
import dev.rosie.core.world.Polygon;
import dev.rosie.core.world.Pose;
import dev.rosie.core.world.Room;
import dev.rosie.core.world.WorldObject;
import dev.rosie.core.world.Zone;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.Rectangle;
import java.awt.RenderingHints;
import java.awt.Shape;
import java.awt.geom.Path2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javax.imageio.ImageIO;

/**
 * Draws a {@link HomeMap} into an image: the occupancy grid (free white, occupied near-black,
 * unknown grey, as map_server images are), room outlines with names and areas, doors (green open,
 * red closed), no-go zones hatched in red, objects by class (furniture brown squares, small blue
 * dots, hazardous red triangles) with names, and the dock with its heading. A title above and a
 * legend below say what the marks mean. Needs no display; AWT must be headless where there is none.
 */
public final class MapPainter {
    static final Color FREE = Color.WHITE;
    static final Color OCCUPIED = new Color(40, 40, 40);
    static final Color UNKNOWN = new Color(205, 205, 205);
    static final Color ZONE = new Color(220, 30, 30);
    static final Color DOOR_OPEN = new Color(20, 160, 60);
    static final Color DOOR_CLOSED = new Color(200, 40, 20);
    static final Color FURNITURE = new Color(140, 90, 40);
    static final Color SMALL = new Color(30, 90, 220);
    static final Color HAZARDOUS = new Color(230, 20, 20);
    static final Color DOCK = new Color(0, 120, 110);
    private static final Color[] ROOM_COLOURS = {new Color(40, 110, 200), new Color(150, 60, 170), new Color(0, 140, 140),
        new Color(200, 120, 0), new Color(90, 130, 30), new Color(180, 50, 110), new Color(70, 70, 180), new Color(120, 90, 60)};
    static final int TITLE = 34;
    static final int LEGEND = 58;
    static final int MARGIN = 12;
    /** Big images of big homes stay readable: the longer side is about this many pixels. */
    static final int TARGET_SIDE = 1400;

    private final HomeMap map;
    private final OccupancyGrid grid;
    private final int scale;
    /** Collected while shapes are drawn, placed last so no shape covers a name and names avoid each other. */
    private final List<Label> labels = new ArrayList<>();

    private record Label(String text, double x, double y, Color colour, int size, boolean centred) {
    }

    public MapPainter(HomeMap map) {
        this.map = map;
        this.grid = map.grid();
        this.scale = Math.clamp(TARGET_SIDE / Math.max(grid.width(), grid.height()), 1, 8);
    }

    /** Pixels per grid cell in the drawing. */
    public int scale() {
        return scale;
    }

    public BufferedImage paint() {
        int w = grid.width() * scale + 2 * MARGIN;
        int h = grid.height() * scale + TITLE + LEGEND + MARGIN;
        BufferedImage img = new BufferedImage(Math.max(w, 760), h, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = img.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            g.setColor(Color.WHITE);
            g.fillRect(0, 0, img.getWidth(), img.getHeight());
            cells(img);
            labels.clear();
            for (int i = 0; i < map.rooms().size(); i++) {
                roomName(map.rooms().get(i), ROOM_COLOURS[i % ROOM_COLOURS.length]);
            }
            map.zones().forEach(z -> zone(g, z));
            for (int i = 0; i < map.rooms().size(); i++) {
                roomOutline(g, map.rooms().get(i), ROOM_COLOURS[i % ROOM_COLOURS.length]);
            }
            map.doors().forEach(d -> door(g, d));
            map.objects().forEach(o -> object(g, o));
            dock(g, map.dock());
            placeLabels(g, img.getWidth(), TITLE + grid.height() * scale);
            title(g);
            legend(g, img.getHeight() - LEGEND + 6);
        } finally {
            g.dispose();
        }
        return img;
    }

    /** Paints and writes a PNG, creating the parent directory. */
    public void writePng(Path file) {
        try {
            Path parent = file.toAbsolutePath().getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
            if (!ImageIO.write(paint(), "png", file.toFile())) {
                throw new RosieException("no PNG writer is available in this Java runtime", false);
            }
        } catch (IOException e) {
            throw new RosieException("cannot write the map picture to " + file + ": " + e.getMessage(), false, e);
        }
    }

    /** The pixel for a map-frame point (y flipped: north is up). */
    public double px(double x) {
        return MARGIN + (x - grid.origin().x()) / grid.resolution() * scale;
    }

    public double py(double y) {
        return TITLE + (grid.height() - (y - grid.origin().y()) / grid.resolution()) * scale;
    }

    private void cells(BufferedImage img) {
        for (int iy = 0; iy < grid.height(); iy++) {
            for (int ix = 0; ix < grid.width(); ix++) {
                byte c = grid.get(ix, iy);
                int rgb = (c == OccupancyGrid.FREE ? FREE : c == OccupancyGrid.OCCUPIED ? OCCUPIED : UNKNOWN).getRGB();
                int x0 = MARGIN + ix * scale;
                int y0 = TITLE + (grid.height() - 1 - iy) * scale;
                for (int dy = 0; dy < scale; dy++) {
                    for (int dx = 0; dx < scale; dx++) {
                        img.setRGB(x0 + dx, y0 + dy, rgb);
                    }
                }
            }
        }
    }

    private Shape shape(Polygon p) {
        Path2D.Double path = new Path2D.Double();
        List<Point> v = p.vertices();
        path.moveTo(px(v.get(0).x()), py(v.get(0).y()));
        for (int i = 1; i < v.size(); i++) {
            path.lineTo(px(v.get(i).x()), py(v.get(i).y()));
        }
        path.closePath();
        return path;
    }

    private void zone(Graphics2D g, Zone z) {
        Shape s = shape(z.area());
        g.setColor(new Color(ZONE.getRed(), ZONE.getGreen(), ZONE.getBlue(), 60));
        g.fill(s);
        Shape clip = g.getClip();
        g.clip(s);
        g.setColor(ZONE);
        g.setStroke(new BasicStroke(1.5f));
        var b = s.getBounds();
        for (int x = b.x - b.height; x < b.x + b.width; x += 8) {
            g.drawLine(x, b.y + b.height, x + b.height, b.y);
        }
        g.setClip(clip);
        g.setStroke(new BasicStroke(2f));
        g.draw(s);
        Point c = z.area().centroid();
        labels.add(new Label(z.name() + " (no-go)", px(c.x()), py(c.y()), ZONE, 12, true));
    }

    private void roomOutline(Graphics2D g, Room r, Color colour) {
        g.setColor(colour);
        g.setStroke(new BasicStroke(2f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f, new float[] {8f, 5f}, 0f));
        g.draw(shape(r.area()));
    }

    private void roomName(Room r, Color colour) {
        Point c = r.area().centroid();
        labels.add(new Label(r.name(), px(c.x()), py(c.y()) - 8, colour.darker(), 16, true));
        labels.add(new Label(String.format(Locale.ROOT, "%.1f m²", r.area().area()), px(c.x()), py(c.y()) + 10, colour.darker(), 12, true));
    }

    private void door(Graphics2D g, Door d) {
        g.setColor(d.open() ? DOOR_OPEN : DOOR_CLOSED);
        g.setStroke(new BasicStroke(Math.max(4f, scale * 1.6f), BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER));
        g.drawLine((int) px(d.a().x()), (int) py(d.a().y()), (int) px(d.b().x()), (int) py(d.b().y()));
        Point m = d.midpoint();
        labels.add(new Label(d.name() + (d.open() ? " (open)" : " (closed)"), px(m.x()), py(m.y()) - 10,
                d.open() ? DOOR_OPEN.darker() : DOOR_CLOSED, 11, true));
    }

    private void object(Graphics2D g, WorldObject o) {
        Color colour = colour(o.objectClass());
        o.footprint().ifPresent(f -> {
            g.setColor(colour);
            g.setStroke(new BasicStroke(1.5f));
            g.draw(shape(f));
        });
        double x = px(o.position().x());
        double y = py(o.position().y());
        marker(g, o.objectClass(), x, y, 5);
        labels.add(new Label(o.name(), x + 8, y, colour.darker(), 11, false));
    }

    private void marker(Graphics2D g, ObjectClass cls, double x, double y, int r) {
        g.setColor(colour(cls));
        switch (cls) {
            case FURNITURE -> g.fillRect((int) x - r, (int) y - r, 2 * r, 2 * r);
            case SMALL -> g.fillOval((int) x - r, (int) y - r, 2 * r, 2 * r);
            case HAZARDOUS -> g.fillPolygon(new int[] {(int) x, (int) x + r + 1, (int) x - r - 1},
                    new int[] {(int) y - r - 1, (int) y + r, (int) y + r}, 3);
        }
    }

    private void dock(Graphics2D g, Pose dock) {
        double x = px(dock.x());
        double y = py(dock.y());
        g.setColor(DOCK);
        g.fillRect((int) x - 7, (int) y - 7, 14, 14);
        g.setStroke(new BasicStroke(3f));
        g.drawLine((int) x, (int) y, (int) (x + 22 * Math.cos(dock.theta())), (int) (y - 22 * Math.sin(dock.theta())));
        labels.add(new Label("dock", x + 10, y + 14, DOCK, 12, false));
    }

    private void title(Graphics2D g) {
        g.setColor(Color.BLACK);
        g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, 16));
        g.drawString(String.format(Locale.ROOT, "%s  -  %d x %d cells at %s m (%.1f x %.1f m)", map.name(), grid.width(),
                grid.height(), grid.resolution(), grid.widthMetres(), grid.heightMetres()), MARGIN, 23);
    }

    private void legend(Graphics2D g, int top) {
        g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 12));
        int x = MARGIN;
        int y = top + 12;
        x = swatch(g, x, y, FREE, "free");
        x = swatch(g, x, y, OCCUPIED, "occupied");
        x = swatch(g, x, y, UNKNOWN, "unknown");
        x = swatch(g, x, y, DOOR_OPEN, "door open");
        x = swatch(g, x, y, DOOR_CLOSED, "door closed");
        swatch(g, x, y, ZONE, "no-go zone (hatched)");
        x = MARGIN;
        y += 22;
        for (ObjectClass cls : ObjectClass.values()) {
            marker(g, cls, x + 6, y - 4, 5);
            g.setColor(Color.BLACK);
            g.drawString(cls.wireName(), x + 16, y);
            x += 30 + g.getFontMetrics().stringWidth(cls.wireName());
        }
        g.setColor(DOCK);
        g.fillRect(x, y - 10, 12, 12);
        g.setColor(Color.BLACK);
        g.drawString("dock (line: heading)", x + 18, y);
        x += 150;
        g.drawString("rooms: dashed outlines", x, y);
    }

    private static int swatch(Graphics2D g, int x, int y, Color c, String text) {
        g.setColor(c);
        g.fillRect(x, y - 10, 14, 12);
        g.setColor(Color.GRAY);
        g.drawRect(x, y - 10, 14, 12);
        g.setColor(Color.BLACK);
        g.drawString(text, x + 20, y);
        return x + 34 + g.getFontMetrics().stringWidth(text);
    }

    /**
     * Draws the collected labels, each on a translucent white box so it stays legible over walls
     * and hatching. A label that would cover one already placed (a vase standing on a table, a
     * knife beside its block) tries the line below, the line above, then the other side of its
     * mark; labels are kept inside the drawing.
     */
    private void placeLabels(Graphics2D g, int width, int bottom) {
        List<Rectangle> taken = new ArrayList<>();
        for (Label l : labels) {
            g.setFont(new Font(Font.SANS_SERIF, l.size() >= 14 ? Font.BOLD : Font.PLAIN, l.size()));
            FontMetrics fm = g.getFontMetrics();
            int w = fm.stringWidth(l.text()) + 4;
            int h = fm.getAscent() + fm.getDescent();
            int left = (int) (l.centred() ? l.x() - w / 2.0 : l.x());
            int top = (int) l.y() - h / 2;
            int[][] moves = l.centred() ? new int[][] {{0, 0}, {0, h}, {0, -h}, {0, 2 * h}, {0, -2 * h}}
                    : new int[][] {{0, 0}, {0, h}, {0, -h}, {-w - 16, 0}, {0, 2 * h}, {0, -2 * h}};
            Rectangle chosen = null;
            for (int[] m : moves) {
                Rectangle r = inside(new Rectangle(left + m[0], top + m[1], w, h), width, bottom);
                if (taken.stream().noneMatch(r::intersects)) {
                    chosen = r;
                    break;
                }
            }
            if (chosen == null) {
                chosen = inside(new Rectangle(left, top, w, h), width, bottom);
            }
            taken.add(chosen);
            g.setColor(new Color(255, 255, 255, 210));
            g.fillRect(chosen.x, chosen.y, chosen.width, chosen.height);
            g.setColor(l.colour());
            g.drawString(l.text(), chosen.x + 2, chosen.y + fm.getAscent());
        }
    }

    private static Rectangle inside(Rectangle r, int width, int bottom) {
        r.x = Math.clamp(r.x, 1, Math.max(1, width - r.width - 1));
        r.y = Math.clamp(r.y, TITLE, Math.max(TITLE, bottom - r.height));
        return r;
    }

    private static Color colour(ObjectClass cls) {
        return switch (cls) {
            case FURNITURE -> FURNITURE;
            case SMALL -> SMALL;
            case HAZARDOUS -> HAZARDOUS;
        };
    }
}
