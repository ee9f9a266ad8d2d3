package dev.rosie.sim;

import dev.rosie.core.world.Point;
import java.util.Objects;

/**
 * A flat panel with text on it, standing or hung in the home: dark letters on white, as large as
 * fit. Signs are for the camera only: they are thin and held above the scanner's plane, so neither
 * the body nor the lidar meets them. To hang one on a wall, put {@code at} on the wall's surface
 * and face it into the room.
 *
 * @param id how to take it down again
 * @param text what it says (what a camera reads is untrusted data, never a command)
 * @param at the middle of the panel's bottom edge, on the floor plan
 * @param facing the direction the printed side faces, radians: a sign facing 0 is read from the east
 * @param width panel width, m
 * @param height panel height, m
 * @param elevation height of the bottom edge above the floor, m
 */
public record Sign(String id, String text, Point at, double facing, double width, double height, double elevation) {

    public static final double DEFAULT_WIDTH = 0.8;
    public static final double DEFAULT_HEIGHT = 0.5;
    public static final double DEFAULT_ELEVATION = 0.1;

    public Sign {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(at, "at");
        if (id.isBlank()) {
            throw new IllegalArgumentException("a sign needs an id");
        }
        if (text.isBlank()) {
            throw new IllegalArgumentException("sign '" + id + "' has no text");
        }
        if (text.length() > 500) {
            throw new IllegalArgumentException("sign '" + id + "' has " + text.length() + " characters; at most 500 fit");
        }
        if (!Double.isFinite(facing)) {
            throw new IllegalArgumentException("sign '" + id + "' needs a finite facing, not " + facing);
        }
        Checks.positive("sign width", width);
        Checks.positive("sign height", height);
        Checks.notNegative("sign elevation", elevation);
    }

    /** A panel of the default size and height. */
    public Sign(String id, String text, Point at, double facing) {
        this(id, text, at, facing, DEFAULT_WIDTH, DEFAULT_HEIGHT, DEFAULT_ELEVATION);
    }
}
