package dev.rosie.worldmodel.map;

import dev.rosie.core.InvalidInputException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * Picks the importer for a map file by what is in it, so users never name a format: a YAML
 * mapping with an {@code image} key is a ROS map_server map; anything else is read as Rosie's own
 * format (whose loader then reports precisely what is wrong with it).
 */
public final class MapFormats {

    /** The map formats Rosie reads. */
    public enum Format {
        ROSIE("Rosie map"),
        ROS("ROS map_server map");

        private final String description;

        Format(String description) {
            this.description = description;
        }

        public String description() {
            return description;
        }
    }

    private final RosieMapLoader rosie;
    private final RosMapImporter ros;

    public MapFormats(Clock clock) {
        Objects.requireNonNull(clock, "clock");
        this.rosie = new RosieMapLoader(clock);
        this.ros = new RosMapImporter(clock);
    }

    public RosieMapLoader rosie() {
        return rosie;
    }

    public RosMapImporter ros() {
        return ros;
    }

    public Format detect(Path file) {
        Objects.requireNonNull(file, "file");
        String lower = file.getFileName().toString().toLowerCase(Locale.ROOT);
        if (lower.endsWith(".pgm") || lower.endsWith(".png")) {
            throw new InvalidInputException(file + ": this is a map image; import the map_server .yaml file that names it "
                    + "(image: " + file.getFileName() + ")");
        }
        MapNode root = rosie.tree(file.toString(), RosieMapLoader.readText(file, "map file"));
        return root.isMapping() && root.has("image") ? Format.ROS : Format.ROSIE;
    }

    /**
     * Loads a map of either format. {@code overlay} is for ROS maps only (without it the importer
     * looks for {@code NAME.overlay.yaml} next to the map); giving one for a Rosie map is a mistake
     * worth saying, since that map names its own rooms.
     */
    public LoadedMap load(Path file, Optional<Path> overlay) {
        Objects.requireNonNull(overlay, "overlay");
        return switch (detect(file)) {
            case ROSIE -> {
                if (overlay.isPresent()) {
                    throw new InvalidInputException(overlay.get() + ": an overlay is only for ROS map_server maps; " + file
                            + " is a Rosie map and names its own rooms");
                }
                yield rosie.load(file);
            }
            case ROS -> overlay.map(o -> ros.load(file, o)).orElseGet(() -> ros.load(file));
        };
    }
}
