package dev.rosie.webots;

import dev.rosie.core.robot.RangeScan;

/** Webots sensor data into Rosie's core types. */
public final class Conversions {
    private Conversions() {
    }

    /**
     * A lidar sweep as a {@link RangeScan} with angles ascending counter-clockwise, as ROS's LaserScan
     * lays them out. Webots orders a range image from left to right, that is clockwise seen from above;
     * pixel {@code j} is taken at the centre of its slice of the field of view, so beam {@code i}
     * (= N-1-j) points at {@code -fov/2 + (i + 0.5) * fov/N}. Anything not a finite range inside
     * {@code maxRange} becomes +Infinity ("nothing within range").
     */
    public static RangeScan scan(Body.LidarSweep sweep) {
        float[] raw = sweep.leftToRight();
        int n = raw.length;
        float[] ranges = new float[n];
        for (int j = 0; j < n; j++) {
            float r = raw[j];
            ranges[n - 1 - j] = Float.isFinite(r) && r >= 0 && r < sweep.maxRange() ? r : Float.POSITIVE_INFINITY;
        }
        double step = sweep.fieldOfView() / n;
        return new RangeScan(-sweep.fieldOfView() / 2 + step / 2, step, sweep.maxRange(), ranges);
    }

    /** Packed 8-bit RGB rows, top row first, from Webots' 0x..RRGGBB ints (the alpha byte is dropped). */
    public static byte[] rgb(Body.Image image) {
        int[] pixels = image.pixels();
        byte[] rgb = new byte[pixels.length * 3];
        for (int i = 0; i < pixels.length; i++) {
            int p = pixels[i];
            rgb[3 * i] = (byte) (p >> 16 & 0xff);
            rgb[3 * i + 1] = (byte) (p >> 8 & 0xff);
            rgb[3 * i + 2] = (byte) (p & 0xff);
        }
        return rgb;
    }
}
