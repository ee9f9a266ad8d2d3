package dev.rosie.launch.mission;

import dev.rosie.core.RosieException;
import dev.rosie.core.world.OccupancyGrid;
import dev.rosie.core.world.Point;
import dev.rosie.sim.UnsafeEvent;
import dev.rosie.worldmodel.view.MapPainter;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Path2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * {@code map.png} of a mission run: the map as {@code rosie map show} draws it, with the coverage
 * heat map (seconds of running suction over each cell, yellow to red), the trajectory (blue), and
 * events marked: unsafe events (red crosses), e-stops and releases, signs, low-battery returns and
 * failed steps. Drawn headless with AWT; the same run gives the same pixels.
 */
public final class MissionMap {
    private static final Color PATH = new Color(20, 70, 200, 200);
    private static final Color UNSAFE = new Color(220, 0, 0);
    private static final Color MARK = new Color(120, 0, 160);
    /** Room under the map's own legend for this drawing's caption. */
    private static final int CAPTION = 24;

    private MissionMap() {
    }

    public static BufferedImage draw(MissionResult r) {
        MapPainter painter = new MapPainter(r.map());
        BufferedImage base = painter.paint();
        BufferedImage img = new BufferedImage(base.getWidth(), base.getHeight() + CAPTION, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = img.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, img.getWidth(), img.getHeight());
        g.drawImage(base, 0, 0, null);
        try {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            heat(g, painter, r);
            path(g, painter, r.trace().path());
            for (MissionTrace.Mark m : r.trace().marks()) {
                marker(g, painter, m.where(), MARK, m.kind());
            }
            for (UnsafeEvent u : r.unsafe()) {
                cross(g, painter, u.pose().position());
            }
            g.setColor(Color.BLACK);
            g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, 14));
            g.drawString("mission " + r.mission().name() + ", seed " + r.seed() + ": trajectory (blue), suction time"
                    + " (yellow to red), unsafe events (red x), marks (purple)", 12, img.getHeight() - 8);
        } finally {
            g.dispose();
        }
        return img;
    }

    public static void write(Path file, MissionResult r) {
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
            if (!javax.imageio.ImageIO.write(draw(r), "png", file.toFile())) {
                throw new RosieException("no PNG writer is available in this Java runtime", false);
            }
        } catch (IOException e) {
            throw new RosieException("cannot write the mission map to " + file + ": " + e.getMessage(), false, e);
        }
    }

    private static void heat(Graphics2D g, MapPainter p, MissionResult r) {
        OccupancyGrid grid = r.map().grid();
        int s = p.scale();
        for (int y = 0; y < grid.height(); y++) {
            for (int x = 0; x < grid.width(); x++) {
                float seconds = r.trace().dwell(x, y);
                if (seconds <= 0) {
                    continue;
                }
                // One pass of the body over a cell takes about 1 s of suction at cleaning speed; 4 s and more is red.
                float t = Math.min(1f, seconds / 4f);
                g.setColor(new Color(255, Math.round(230 * (1 - t)), 0, 120));
                double cx = grid.origin().x() + x * grid.resolution();
                double cy = grid.origin().y() + (y + 1) * grid.resolution();
                g.fillRect((int) Math.round(p.px(cx)), (int) Math.round(p.py(cy)), s, s);
            }
        }
    }

    private static void path(Graphics2D g, MapPainter p, List<Point> points) {
        if (points.size() < 2) {
            return;
        }
        Path2D.Double line = new Path2D.Double();
        line.moveTo(p.px(points.get(0).x()), p.py(points.get(0).y()));
        for (Point pt : points.subList(1, points.size())) {
            line.lineTo(p.px(pt.x()), p.py(pt.y()));
        }
        g.setColor(PATH);
        g.setStroke(new BasicStroke(1.5f));
        g.draw(line);
    }

    private static void marker(Graphics2D g, MapPainter p, Point at, Color colour, String label) {
        double x = p.px(at.x());
        double y = p.py(at.y());
        g.setColor(colour);
        g.setStroke(new BasicStroke(2.5f));
        g.draw(new Ellipse2D.Double(x - 9, y - 9, 18, 18));
        g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, 13));
        g.drawString(label, (float) x + 11, (float) y - 6);
    }

    private static void cross(Graphics2D g, MapPainter p, Point at) {
        double x = p.px(at.x());
        double y = p.py(at.y());
        g.setColor(UNSAFE);
        g.setStroke(new BasicStroke(3f));
        g.drawLine((int) (x - 8), (int) (y - 8), (int) (x + 8), (int) (y + 8));
        g.drawLine((int) (x - 8), (int) (y + 8), (int) (x + 8), (int) (y - 8));
    }
}
