package dev.rosie.perception.vision;

/** An axis-aligned rectangle in image pixels: left, top, width, height. */
public record Box(double x, double y, double width, double height) {

    public Box {
        if (!(width > 0 && height > 0) || !Double.isFinite(x) || !Double.isFinite(y)) {
            throw new IllegalArgumentException("a box needs a finite corner and positive size, not " + x + "," + y
                    + " " + width + "x" + height);
        }
    }

    public double right() {
        return x + width;
    }

    public double bottom() {
        return y + height;
    }

    public double centreX() {
        return x + width / 2;
    }

    public double centreY() {
        return y + height / 2;
    }

    /** This box scaled by (sx, sy) about the origin: from one image size to another. */
    public Box scaled(double sx, double sy) {
        return new Box(x * sx, y * sy, width * sx, height * sy);
    }

    @Override
    public String toString() {
        return String.format(java.util.Locale.ROOT, "[%.0f,%.0f %.0fx%.0f]", x, y, width, height);
    }
}
