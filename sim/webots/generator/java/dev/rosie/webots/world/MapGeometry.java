package dev.rosie.webots.world;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import dev.rosie.core.InvalidInputException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The wall segments and wall thickness of a map file. The world model rasterises walls into the
 * occupancy grid and keeps no segments (a {@code HomeMap} has none), so the generator reads them from
 * the same file. Callers load the file with {@code RosieMapLoader} first, which rejects a malformed
 * one with the file, field and reason; this class then only re-reads two keys the loader already
 * validated, and still says where it is when something is off.
 */
record MapGeometry(List<Wall> walls, double wallThickness) {
    /** The map format's default, see worldmodel/MAP_FORMAT.md. */
    static final double DEFAULT_WALL_THICKNESS = 0.10;

    /** One wall segment, map frame, metres. */
    record Wall(int index, double x1, double y1, double x2, double y2) {
        double length() {
            return Math.hypot(x2 - x1, y2 - y1);
        }
    }

    MapGeometry {
        walls = List.copyOf(walls);
        if (!(wallThickness > 0)) {
            throw new IllegalArgumentException("wall thickness must be positive, not " + wallThickness);
        }
    }

    static MapGeometry read(String sourceName, String text) {
        ObjectMapper mapper = sourceName.toLowerCase(Locale.ROOT).endsWith(".json") ? new JsonMapper() : new YAMLMapper();
        JsonNode root;
        try {
            root = mapper.readTree(text);
        } catch (JsonProcessingException e) {
            throw new InvalidInputException(sourceName + ": (document): not readable: " + e.getOriginalMessage(), e);
        }
        if (root == null || !root.isObject()) {
            throw new InvalidInputException(sourceName + ": (document): not a map document");
        }
        double thickness = DEFAULT_WALL_THICKNESS;
        JsonNode t = root.get("wall_thickness");
        if (t != null) {
            if (!t.isNumber()) {
                throw new InvalidInputException(sourceName + ": wall_thickness: must be a number");
            }
            thickness = t.asDouble();
        }
        JsonNode list = root.get("walls");
        if (list == null || !list.isArray()) {
            throw new InvalidInputException(sourceName + ": walls: must be a list of [x1, y1, x2, y2]");
        }
        List<Wall> walls = new ArrayList<>();
        for (int i = 0; i < list.size(); i++) {
            JsonNode w = list.get(i);
            if (!w.isArray() || w.size() != 4) {
                throw new InvalidInputException(sourceName + ": walls[" + i + "]: must be [x1, y1, x2, y2]");
            }
            for (JsonNode n : w) {
                if (!n.isNumber()) {
                    throw new InvalidInputException(sourceName + ": walls[" + i + "]: coordinates must be numbers");
                }
            }
            walls.add(new Wall(i, w.get(0).asDouble(), w.get(1).asDouble(), w.get(2).asDouble(), w.get(3).asDouble()));
        }
        return new MapGeometry(walls, thickness);
    }
}
