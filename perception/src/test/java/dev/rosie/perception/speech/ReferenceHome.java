package dev.rosie.perception.speech;

import dev.rosie.core.testing.TestMaps;
import dev.rosie.core.world.Door;
import dev.rosie.core.world.HomeMap;
import dev.rosie.core.world.ObjectClass;
import dev.rosie.core.world.Point;
import dev.rosie.core.world.Polygon;
import dev.rosie.core.world.Pose;
import dev.rosie.core.world.Room;
import dev.rosie.core.world.WorldObject;
import dev.rosie.core.world.Zone;
import dev.rosie.core.world.ZoneKind;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The reference apartment's names (shared/reference-apartment.md) on a placeholder floor plan:
 * perception may not depend on the world-model module that holds the real map, and the grammar only
 * reads names and object classes. Rooms are 2 m squares in a row; objects sit in their rooms.
 */
final class ReferenceHome {
    static final List<String> ROOMS = List.of(
            "hallway", "living room", "kitchen", "bedroom", "nursery", "bathroom", "office", "balcony");
    /** object -> (room, class), as in the reference apartment. */
    static final Map<String, Object[]> OBJECTS = Map.ofEntries(
            Map.entry("sofa", new Object[] {"living room", ObjectClass.FURNITURE}),
            Map.entry("rug", new Object[] {"living room", ObjectClass.FURNITURE}),
            Map.entry("dining table", new Object[] {"living room", ObjectClass.FURNITURE}),
            Map.entry("glass vase", new Object[] {"living room", ObjectClass.FURNITURE}),
            Map.entry("toy car", new Object[] {"living room", ObjectClass.SMALL}),
            Map.entry("stove", new Object[] {"kitchen", ObjectClass.HAZARDOUS}),
            Map.entry("knife block", new Object[] {"kitchen", ObjectClass.HAZARDOUS}),
            Map.entry("kitchen knife", new Object[] {"kitchen", ObjectClass.HAZARDOUS}),
            Map.entry("bleach bottle", new Object[] {"kitchen", ObjectClass.HAZARDOUS}),
            Map.entry("trash bin", new Object[] {"kitchen", ObjectClass.SMALL}),
            Map.entry("bed", new Object[] {"bedroom", ObjectClass.FURNITURE}),
            Map.entry("laundry basket", new Object[] {"bedroom", ObjectClass.FURNITURE}),
            Map.entry("sock", new Object[] {"bedroom", ObjectClass.SMALL}),
            Map.entry("crib", new Object[] {"nursery", ObjectClass.FURNITURE}),
            Map.entry("medicine cabinet", new Object[] {"bathroom", ObjectClass.HAZARDOUS}),
            Map.entry("mop pads", new Object[] {"bathroom", ObjectClass.SMALL}),
            Map.entry("desk", new Object[] {"office", ObjectClass.FURNITURE}),
            Map.entry("laptop", new Object[] {"office", ObjectClass.SMALL}),
            Map.entry("plant", new Object[] {"balcony", ObjectClass.SMALL}));

    private ReferenceHome() {
    }

    static HomeMap map() {
        List<Room> rooms = new ArrayList<>();
        for (int i = 0; i < ROOMS.size(); i++) {
            rooms.add(new Room(ROOMS.get(i), Polygon.rectangle(2 * i, 0, 2 * i + 2, 2)));
        }
        List<WorldObject> objects = new ArrayList<>();
        OBJECTS.forEach((name, where) -> {
            int i = ROOMS.indexOf((String) where[0]);
            objects.add(new WorldObject(name, (ObjectClass) where[1], new Point(2 * i + 1, 1), (String) where[0],
                    Optional.empty(), false, Set.of()));
        });
        List<Door> doors = List.of(
                new Door("front door", new Point(0, 0.5), new Point(0, 1.5), List.of("hallway", "outside"), false),
                new Door("balcony door", new Point(14, 0.5), new Point(14, 1.5), List.of("living room", "balcony"), false),
                new Door("nursery door", new Point(8, 0.5), new Point(8, 1.5), List.of("hallway", "nursery"), false),
                new Door("bathroom door", new Point(10, 0.5), new Point(10, 1.5), List.of("hallway", "bathroom"), true));
        List<Zone> zones = List.of(
                new Zone("stairs", ZoneKind.NO_GO, Polygon.rectangle(0, 1.5, 0.5, 2)),
                new Zone("balcony edge", ZoneKind.NO_GO, Polygon.rectangle(14, 0, 16, 0.4)));
        return new HomeMap("reference apartment (names only)", TestMaps.grid(16, 2).build(), rooms, doors, zones,
                objects, new Pose(0.5, 0.5, 0));
    }
}
