package dev.rosie.webots.world;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * What the generator adds to the map: which zones are real drops, the robot's controller, and the
 * heights the map format does not carry (a map is a floor plan; Webots needs solids).
 *
 * @param mapSource how the world's header names the map it was generated from
 * @param dropZones zones that are physically a drop (the floor falls away), drawn as descending steps
 * @param controller the Robot.controller field: the name of the folder under sim/webots/controllers
 * @param controllerArgs the Robot.controllerArgs field
 * @param obstacleHeights metres, by object name; obstacles not listed get {@code defaultObstacleHeight}
 * @param mountHeights metres above the floor for small things the map says sit on a counter or a wall
 */
record WorldSpec(String mapSource, Set<String> dropZones, String controller, List<String> controllerArgs,
        Map<String, Double> obstacleHeights, double defaultObstacleHeight, Map<String, Double> mountHeights) {

    WorldSpec {
        Objects.requireNonNull(mapSource, "mapSource");
        dropZones = Set.copyOf(dropZones);
        Objects.requireNonNull(controller, "controller");
        controllerArgs = List.copyOf(controllerArgs);
        obstacleHeights = Map.copyOf(obstacleHeights);
        mountHeights = Map.copyOf(mountHeights);
        if (!(defaultObstacleHeight > 0)) {
            throw new IllegalArgumentException("default obstacle height must be positive");
        }
    }

    /** The Rosie controller folder's name, and the class Webots starts (see its pom.xml). */
    static final String ROSIE_CONTROLLER = "rosie_controller";

    /**
     * The reference apartment. The heights follow the map's own comments (the knife block is "on the
     * counter by the stove", the medicine cabinet "on the east wall"). The default controller
     * arguments replay the reference scenario's shape (clean a room, ask again a minute later, be
     * refused by the cooldown) in the office: in Webots the residents are solid, and alex stands in the
     * living room, where Rosie's executor (which plans on the static map) would bump into him.
     */
    static WorldSpec referenceApartment() {
        return new WorldSpec("worldmodel/src/main/resources/maps/reference-apartment.yaml", Set.of("stairs"),
                ROSIE_CONTROLLER,
                List.of("--as", "owner", "--command", "clean the office", "--command", "clean the office"),
                Map.of("sofa", 0.8, "dining table", 0.75, "stove", 0.9, "bed", 0.55, "laundry basket", 0.5, "crib", 1.0,
                        "desk", 0.75),
                0.75, Map.of("knife block", 0.9, "kitchen knife", 0.9, "medicine cabinet", 1.3));
    }
}
