package dev.rosie.worldmodel.map;

import dev.rosie.core.InvalidInputException;
import dev.rosie.core.world.OccupancyGrid;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Objects;

/**
 * Imports a ROS map_server map: the {@code .yaml} ({@code image}, {@code resolution},
 * {@code origin}, {@code negate}, {@code occupied_thresh}, {@code free_thresh}, optional
 * {@code mode: trinary}) and its PGM image (P2 or P5, 8- or 16-bit), converted cell by cell with
 * map_server's trinary rule ({@link MapServerYaml#classify}). An image holds no names, so the
 * rooms, doors, zones, objects, dock and residents come from an overlay in Rosie's format without
 * the grid keys; {@link #load(Path)} looks for it next to the YAML as {@code NAME.overlay.yaml}.
 */
public final class RosMapImporter implements MapImporter {
    public static final String OVERLAY_SUFFIX = ".overlay.yaml";
    /** A 10,000 x 1,600 pixel 16-bit P2 image is about 100 MB of text; anything larger is not a home. */
    public static final long MAX_IMAGE_BYTES = 128L * 1024 * 1024;

    private final RosieMapLoader overlays;

    public RosMapImporter(Clock clock) {
        this.overlays = new RosieMapLoader(Objects.requireNonNull(clock, "clock"));
    }

    @Override
    public String format() {
        return "ros";
    }

    /** Loads {@code yaml} with the overlay found next to it ({@link #defaultOverlay}). */
    @Override
    public LoadedMap load(Path yaml) {
        Path overlay = defaultOverlay(yaml);
        if (!Files.isRegularFile(overlay)) {
            throw new InvalidInputException(yaml + ": a ROS map_server map has no room names; give an overlay with the rooms, "
                    + "doors, zones, objects and dock (--overlay FILE), or put it next to the map as " + overlay.getFileName());
        }
        return load(yaml, overlay);
    }

    public LoadedMap load(Path yaml, Path overlay) {
        return read(yaml, overlay).map();
    }

    /** What an import read: the YAML's settings, a description of the image, and the map. */
    public record Result(MapServerYaml yaml, String image, LoadedMap map) {
        public Result {
            Objects.requireNonNull(yaml, "yaml");
            Objects.requireNonNull(image, "image");
            Objects.requireNonNull(map, "map");
        }
    }

    /** Like {@link #load(Path, Path)}, also saying what was read, for summaries and for storing a copy. */
    public Result read(Path yaml, Path overlay) {
        Objects.requireNonNull(overlay, "overlay");
        MapServerYaml settings = readYaml(yaml);
        PgmImage image = readImage(settings.image());
        LoadedMap map = overlays.loadOverlay(overlay, grid(settings, image), mapName(yaml));
        String described = image.encoding().describe() + ", " + (image.maxval() > 255 ? "16" : "8") + "-bit (maxval "
                + image.maxval() + "), " + image.width() + "x" + image.height() + " pixels";
        return new Result(settings, described, map);
    }

    /** Reads and checks the YAML file alone (the image must exist but is not read). */
    public MapServerYaml readYaml(Path yaml) {
        Objects.requireNonNull(yaml, "yaml");
        String source = yaml.toString();
        MapNode root = overlays.tree(source, RosieMapLoader.readText(yaml, "map_server YAML file"));
        return MapServerYaml.read(yaml, root);
    }

    /** The occupancy grid the YAML's image describes; PGM row 0 (the top) becomes the grid's top row. */
    public OccupancyGrid grid(MapServerYaml yaml) {
        return grid(yaml, readImage(yaml.image()));
    }

    private static OccupancyGrid grid(MapServerYaml yaml, PgmImage image) {
        int w = image.width();
        int h = image.height();
        byte[] cells = new byte[w * h];
        for (int row = 0; row < h; row++) {
            int iy = h - 1 - row;
            for (int col = 0; col < w; col++) {
                cells[iy * w + col] = yaml.classify(image.at(col, row), image.maxval());
            }
        }
        return new OccupancyGrid(yaml.resolution(), yaml.origin(), w, h, cells);
    }

    /** Where {@link #load(Path)} looks for the overlay: {@code office.yaml} -> {@code office.overlay.yaml}. */
    public static Path defaultOverlay(Path yaml) {
        return yaml.resolveSibling(mapName(yaml) + OVERLAY_SUFFIX);
    }

    private static String mapName(Path yaml) {
        String name = yaml.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot > 0 ? name.substring(0, dot) : name;
    }

    private static PgmImage readImage(Path image) {
        String source = image.toString();
        byte[] bytes;
        try {
            long size = Files.size(image);
            if (size > MAX_IMAGE_BYTES) {
                throw new InvalidInputException(source + ": the image is " + size + " bytes; at most " + MAX_IMAGE_BYTES + " are read");
            }
            bytes = Files.readAllBytes(image);
        } catch (IOException e) {
            throw new InvalidInputException(source + ": cannot read the map image: " + e.getMessage(), e);
        }
        return PgmImage.parse(source, bytes, GridFrame.MAX_CELLS_PER_SIDE, GridFrame.MAX_CELLS);
    }
}
