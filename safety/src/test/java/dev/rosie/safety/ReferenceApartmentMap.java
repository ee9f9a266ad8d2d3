package dev.rosie.safety;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
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
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * The reference apartment's rooms, doors, zones and objects, read from worldmodel's map file in the
 * source tree, on an empty grid of the same size. Safety may not depend on worldmodel, and the
 * policy's map check needs only the names: this way it runs against the one map everything else
 * uses, not a copy that could drift (launch's test repeats it with worldmodel's real loader).
 */
final class ReferenceApartmentMap {
    static final Path FILE = Path.of("..", "worldmodel", "src", "main", "resources", "maps", "reference-apartment.yaml");

    private ReferenceApartmentMap() {
    }

    static HomeMap load() {
        Path file = Path.of(System.getProperty("user.dir")).resolve(FILE).normalize();
        JsonNode map;
        try {
            map = new ObjectMapper(new YAMLFactory()).readTree(Files.readString(file));
        } catch (IOException e) {
            throw new UncheckedIOException("the reference apartment map is not at " + file
                    + "; this test runs from the safety module directory of a full checkout", e);
        }
        List<Room> rooms = new ArrayList<>();
        map.path("rooms").forEach(r -> rooms.add(new Room(r.path("name").asText(), polygon(r.path("polygon")))));
        List<Door> doors = new ArrayList<>();
        map.path("doors").forEach(d -> doors.add(new Door(d.path("name").asText(), point(d.path("from")), point(d.path("to")),
                List.of(d.path("connects").get(0).asText(), d.path("connects").get(1).asText()), d.path("open").asBoolean())));
        List<Zone> zones = new ArrayList<>();
        map.path("zones").forEach(z -> zones.add(new Zone(z.path("name").asText(),
                ZoneKind.valueOf(z.path("kind").asText().toUpperCase(Locale.ROOT)), polygon(z.path("polygon")))));
        List<WorldObject> objects = new ArrayList<>();
        map.path("objects").forEach(o -> {
            Set<String> tags = new TreeSet<>();
            o.path("tags").forEach(t -> tags.add(t.asText()));
            objects.add(new WorldObject(o.path("name").asText(), ObjectClass.valueOf(o.path("class").asText().toUpperCase(Locale.ROOT)),
                    point(o.path("position")), o.path("room").asText(), Optional.empty(), false, tags));
        });
        JsonNode dock = map.path("dock");
        return new HomeMap(map.path("name").asText(),
                TestMaps.grid(map.path("size").path("width").asDouble(), map.path("size").path("height").asDouble()).build(),
                rooms, doors, zones, objects, new Pose(dock.path("x").asDouble(), dock.path("y").asDouble(), dock.path("theta").asDouble()));
    }

    private static Point point(JsonNode xy) {
        return new Point(xy.get(0).asDouble(), xy.get(1).asDouble());
    }

    private static Polygon polygon(JsonNode points) {
        List<Point> vertices = new ArrayList<>();
        points.forEach(p -> vertices.add(point(p)));
        return new Polygon(vertices);
    }
}
