package dev.rosie.core.world;

import java.util.List;

/** A simple polygon in the map frame (vertices in order, not closed). */
public record Polygon(List<Point> vertices) {
    public Polygon {
        vertices = List.copyOf(vertices);
        if (vertices.size() < 3) {
            throw new IllegalArgumentException("a polygon needs at least 3 vertices, not " + vertices.size());
        }
    }

    public static Polygon rectangle(double x0, double y0, double x1, double y1) {
        double minX = Math.min(x0, x1);
        double maxX = Math.max(x0, x1);
        double minY = Math.min(y0, y1);
        double maxY = Math.max(y0, y1);
        return new Polygon(List.of(new Point(minX, minY), new Point(maxX, minY), new Point(maxX, maxY), new Point(minX, maxY)));
    }

    /** Even-odd ray casting; points exactly on an edge may fall either way. */
    public boolean contains(Point p) {
        boolean inside = false;
        int n = vertices.size();
        for (int i = 0, j = n - 1; i < n; j = i++) {
            Point a = vertices.get(i);
            Point b = vertices.get(j);
            if ((a.y() > p.y()) != (b.y() > p.y())
                    && p.x() < (b.x() - a.x()) * (p.y() - a.y()) / (b.y() - a.y()) + a.x()) {
                inside = !inside;
            }
        }
        return inside;
    }

    /** Distance from {@code p} to the polygon: 0 inside, else to the nearest edge. */
    public double distanceTo(Point p) {
        if (contains(p)) {
            return 0;
        }
        double best = Double.POSITIVE_INFINITY;
        int n = vertices.size();
        for (int i = 0; i < n; i++) {
            Point a = vertices.get(i);
            Point b = vertices.get((i + 1) % n);
            double dx = b.x() - a.x();
            double dy = b.y() - a.y();
            double len2 = dx * dx + dy * dy;
            double t = len2 == 0 ? 0 : Math.max(0, Math.min(1, ((p.x() - a.x()) * dx + (p.y() - a.y()) * dy) / len2));
            best = Math.min(best, Math.hypot(p.x() - (a.x() + t * dx), p.y() - (a.y() + t * dy)));
        }
        return best;
    }

    /** Area in square metres (shoelace). */
    public double area() {
        double sum = 0;
        int n = vertices.size();
        for (int i = 0; i < n; i++) {
            Point a = vertices.get(i);
            Point b = vertices.get((i + 1) % n);
            sum += a.x() * b.y() - b.x() * a.y();
        }
        return Math.abs(sum) / 2;
    }

    /** The area centroid (not the vertex average, which drifts toward clusters of vertices). */
    public Point centroid() {
        double a = 0;
        double cx = 0;
        double cy = 0;
        int n = vertices.size();
        for (int i = 0; i < n; i++) {
            Point p = vertices.get(i);
            Point q = vertices.get((i + 1) % n);
            double cross = p.x() * q.y() - q.x() * p.y();
            a += cross;
            cx += (p.x() + q.x()) * cross;
            cy += (p.y() + q.y()) * cross;
        }
        if (Math.abs(a) < 1e-12) {
            return vertices.getFirst();
        }
        return new Point(cx / (3 * a), cy / (3 * a));
    }

    public double minX() { return vertices.stream().mapToDouble(Point::x).min().orElseThrow(); }
    public double maxX() { return vertices.stream().mapToDouble(Point::x).max().orElseThrow(); }
    public double minY() { return vertices.stream().mapToDouble(Point::y).min().orElseThrow(); }
    public double maxY() { return vertices.stream().mapToDouble(Point::y).max().orElseThrow(); }
}
