package dev.rosie.core.robot;

import dev.rosie.core.world.Pose;
import java.time.Instant;
import java.util.Objects;

/**
 * One colour image from the body's camera: packed 8-bit RGB rows, top row first, with the time and
 * the pose it was taken from, so perception can place what it sees on the map.
 */
public final class CameraFrame {
    private final Instant at;
    private final Pose pose;
    private final int width;
    private final int height;
    private final byte[] rgb;

    public CameraFrame(Instant at, Pose pose, int width, int height, byte[] rgb) {
        this.at = Objects.requireNonNull(at, "at");
        this.pose = Objects.requireNonNull(pose, "pose");
        if (width <= 0 || height <= 0 || rgb.length != width * height * 3) {
            throw new IllegalArgumentException("a " + width + "x" + height + " RGB frame needs " + width * height * 3
                    + " bytes, not " + rgb.length);
        }
        this.width = width;
        this.height = height;
        this.rgb = rgb.clone();
    }

    public Instant at() { return at; }
    public Pose pose() { return pose; }
    public int width() { return width; }
    public int height() { return height; }

    /** A copy of the pixels. */
    public byte[] rgb() {
        return rgb.clone();
    }

    /** The pixel at (x, y) as 0xRRGGBB. */
    public int pixel(int x, int y) {
        int i = (y * width + x) * 3;
        return (rgb[i] & 0xff) << 16 | (rgb[i + 1] & 0xff) << 8 | rgb[i + 2] & 0xff;
    }
}
