package dev.rosie.worldmodel.map;

import dev.rosie.core.world.Point;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;

/**
 * The checked contents of a ROS map_server {@code .yaml}: where the image is and how to read it.
 *
 * @param image the image file, resolved against the YAML file's directory as map_server does
 * @param origin the map-frame position of the image's bottom-left pixel's lower-left corner
 * @param negate whether white means occupied
 * @param mode always {@code trinary}: the only map_server mode whose result Rosie's grid can hold
 */
public record MapServerYaml(Path file, Path image, double resolution, Point origin, boolean negate,
        double occupiedThresh, double freeThresh, String mode) {
    static final Set<String> REQUIRED = Set.of("image", "resolution", "origin", "negate", "occupied_thresh", "free_thresh");
    static final Set<String> OPTIONAL = Set.of("mode");
    public static final String TRINARY = "trinary";

    public MapServerYaml {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(image, "image");
        Objects.requireNonNull(origin, "origin");
        Objects.requireNonNull(mode, "mode");
        if (!(resolution > 0) || !(freeThresh >= 0 && freeThresh < occupiedThresh && occupiedThresh <= 1)) {
            throw new IllegalArgumentException("resolution must be positive and 0 <= free_thresh < occupied_thresh <= 1");
        }
    }

    /**
     * Reads one {@code key: value} mapping already parsed from {@code file}. Every problem names the
     * file and the key. Unknown keys are refused like in Rosie's own format: a misspelt
     * {@code free_tresh} must not pass unnoticed.
     */
    static MapServerYaml read(Path file, MapNode root) {
        root.requireKeys(REQUIRED, OPTIONAL);
        MapNode imageNode = root.get("image");
        Path dir = file.toAbsolutePath().getParent();
        Path image = dir.resolve(imageNode.text());
        if (!java.nio.file.Files.isRegularFile(image)) {
            throw imageNode.error("image file " + image + " does not exist (or is not a file); map_server resolves "
                    + "'image' against the YAML file's directory");
        }
        MapNode resNode = root.get("resolution");
        double resolution = resNode.number();
        if (resolution <= 0) {
            throw resNode.error("resolution must be a positive number of metres per pixel, not " + GridFrame.fmt(resolution));
        }
        if (resolution < MapReader.MIN_RESOLUTION || resolution > MapReader.MAX_RESOLUTION) {
            throw resNode.error("resolution " + GridFrame.fmt(resolution) + " m per pixel is outside "
                    + MapReader.MIN_RESOLUTION + ".." + MapReader.MAX_RESOLUTION + " m");
        }
        MapNode originNode = root.get("origin");
        double[] origin = originNode.numbers(3);
        if (Math.abs(origin[2]) > 1e-9) {
            // Silently ignoring yaw (as parts of ROS do) would misplace every overlay polygon.
            throw originNode.error("a rotated map (yaw " + GridFrame.fmt(origin[2]) + " rad) is not supported: Rosie's grid is "
                    + "axis-aligned; rotate the image and set the yaw to 0");
        }
        boolean negate = root.get("negate").flag();
        double occupied = threshold(root.get("occupied_thresh"));
        double free = threshold(root.get("free_thresh"));
        if (!(free < occupied)) {
            throw root.get("free_thresh").error("thresholds out of order: free_thresh (" + GridFrame.fmt(free)
                    + ") must be below occupied_thresh (" + GridFrame.fmt(occupied) + ")");
        }
        String mode = root.find("mode").map(m -> mode(m)).orElse(TRINARY);
        return new MapServerYaml(file, image, resolution, new Point(origin[0], origin[1]), negate, occupied, free, mode);
    }

    /**
     * map_server's trinary rule for one sample: the occupancy probability is
     * {@code (maxval - value) / maxval} ({@code value / maxval} when negated); above
     * {@code occupied_thresh} is occupied, below {@code free_thresh} free, anything else (a value
     * exactly on a threshold included) unknown. ROS 1's map_server computes it in this order with
     * maxval 255, so a sample on a threshold classifies exactly as it does there.
     */
    byte classify(int value, int maxval) {
        double occ = (negate ? value : maxval - value) / (double) maxval;
        if (occ > occupiedThresh) {
            return dev.rosie.core.world.OccupancyGrid.OCCUPIED;
        }
        if (occ < freeThresh) {
            return dev.rosie.core.world.OccupancyGrid.FREE;
        }
        return dev.rosie.core.world.OccupancyGrid.UNKNOWN;
    }

    /** This file's settings for an image stored next to it as {@code imageName}. */
    public String render(String imageName) {
        return "image: " + imageName + "\n"
                + "resolution: " + num(resolution) + "\n"
                + "origin: [" + num(origin.x()) + ", " + num(origin.y()) + ", 0.0]\n"
                + "negate: " + (negate ? 1 : 0) + "\n"
                + "occupied_thresh: " + num(occupiedThresh) + "\n"
                + "free_thresh: " + num(freeThresh) + "\n"
                + "mode: " + mode + "\n";
    }

    private static String num(double v) {
        // Shortest text that reads back as the same double, so a stored copy classifies identically.
        return java.math.BigDecimal.valueOf(v).toPlainString();
    }

    private static double threshold(MapNode n) {
        double t = n.number();
        if (t < 0 || t > 1) {
            throw n.error("a threshold is a probability from 0 to 1, not " + GridFrame.fmt(t));
        }
        return t;
    }

    private static String mode(MapNode n) {
        String m = n.text().trim().toLowerCase(Locale.ROOT);
        return switch (m) {
            case TRINARY -> m;
            case "scale", "raw" -> throw n.error("mode '" + m + "' is not supported: Rosie's grid holds only free, occupied and "
                    + "unknown cells; use mode: trinary");
            default -> throw n.error("unknown mode '" + m + "'; map_server knows trinary, scale and raw (Rosie reads trinary)");
        };
    }
}
