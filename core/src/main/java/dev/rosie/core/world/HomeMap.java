package dev.rosie.core.world;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * The home as the robot knows it: the static grid plus the named things on it. Immutable. Names
 * are unique across rooms, doors, zones and objects, so a target name resolves to one thing.
 */
public record HomeMap(String name, OccupancyGrid grid, List<Room> rooms, List<Door> doors,
        List<Zone> zones, List<WorldObject> objects, Pose dock) {

    public static final String DOCK = "dock";

    public HomeMap {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(grid, "grid");
        Objects.requireNonNull(dock, "dock");
        rooms = List.copyOf(rooms);
        doors = List.copyOf(doors);
        zones = List.copyOf(zones);
        objects = List.copyOf(objects);
        Set<String> seen = new HashSet<>();
        seen.add(DOCK);
        List<String> all = new ArrayList<>();
        rooms.forEach(r -> all.add(r.name()));
        doors.forEach(d -> all.add(d.name()));
        zones.forEach(z -> all.add(z.name()));
        objects.forEach(o -> all.add(o.name()));
        for (String n : all) {
            if (!seen.add(n)) {
                throw new IllegalArgumentException("the name '" + n + "' is used twice in map '" + name + "'");
            }
        }
        for (WorldObject o : objects) {
            if (rooms.stream().noneMatch(r -> r.name().equals(o.room()))) {
                throw new IllegalArgumentException("object '" + o.name() + "' is in unknown room '" + o.room() + "'");
            }
        }
    }

    public Optional<Room> room(String n) {
        String key = key(n);
        return rooms.stream().filter(r -> r.name().equals(key)).findFirst();
    }

    public Optional<Door> door(String n) {
        String key = key(n);
        return doors.stream().filter(d -> d.name().equals(key)).findFirst();
    }

    public Optional<Zone> zone(String n) {
        String key = key(n);
        return zones.stream().filter(z -> z.name().equals(key)).findFirst();
    }

    public Optional<WorldObject> object(String n) {
        String key = key(n);
        return objects.stream().filter(o -> o.name().equals(key)).findFirst();
    }

    public List<String> roomNames() {
        return rooms.stream().map(Room::name).toList();
    }

    /** The room whose outline contains {@code p}, if any. */
    public Optional<Room> roomAt(Point p) {
        return rooms.stream().filter(r -> r.area().contains(p)).findFirst();
    }

    /** The no-go zones that contain {@code p}. */
    public List<Zone> noGoZonesAt(Point p) {
        return zones.stream().filter(z -> z.kind() == ZoneKind.NO_GO && z.area().contains(p)).toList();
    }

    /**
     * Where a named target is: a room's or zone's centroid, an object's position, a door's midpoint,
     * or the dock. Empty when the name is unknown.
     */
    public Optional<Point> locate(String n) {
        String key = key(n);
        if (DOCK.equals(key)) {
            return Optional.of(dock.position());
        }
        return room(key).map(r -> r.area().centroid())
                .or(() -> object(key).map(WorldObject::position))
                .or(() -> door(key).map(Door::midpoint))
                .or(() -> zone(key).map(z -> z.area().centroid()));
    }

    /** A copy with a door opened or closed. */
    public HomeMap withDoor(String doorName, boolean open) {
        Door target = door(doorName).orElseThrow(() -> new IllegalArgumentException("no door named '" + doorName + "'"));
        List<Door> changed = doors.stream().map(d -> d == target ? d.withOpen(open) : d).toList();
        return new HomeMap(name, grid, rooms, changed, zones, objects, dock);
    }

    private static String key(String n) {
        return n == null ? "" : n.trim().toLowerCase(Locale.ROOT);
    }
}
