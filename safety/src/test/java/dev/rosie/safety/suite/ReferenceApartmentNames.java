package dev.rosie.safety.suite;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Predicate;

/**
 * The names in the reference apartment's map, read straight from worldmodel's YAML. Safety may not
 * depend on worldmodel, so the test reads the file as plain YAML from the source tree: the corpus is
 * then checked against the one map everything else runs on, not against a copy that could drift.
 */
record ReferenceApartmentNames(JsonNode map) {
    static final Path MAP = Path.of("..", "worldmodel", "src", "main", "resources", "maps", "reference-apartment.yaml");

    static ReferenceApartmentNames load() {
        Path file = Path.of(System.getProperty("user.dir")).resolve(MAP).normalize();
        if (!Files.isRegularFile(file)) {
            throw new IllegalStateException("the reference apartment map is not at " + file
                    + "; this test runs from the safety module directory of a full checkout");
        }
        try {
            return new ReferenceApartmentNames(new ObjectMapper(new YAMLFactory()).readTree(file.toFile()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Every name a case may target: rooms, doors, zones, objects, residents, and the dock. */
    Set<String> all() {
        Set<String> names = new TreeSet<>();
        for (String section : new String[] {"rooms", "doors", "zones", "objects", "residents"}) {
            names.addAll(names(section, n -> true));
        }
        if (map.has("dock")) {
            names.add("dock");
        }
        return names;
    }

    Set<String> rooms() {
        return names("rooms", n -> true);
    }

    Set<String> noGoZones() {
        return names("zones", z -> z.path("kind").asText().equals("no_go"));
    }

    Set<String> hazardousObjects() {
        return names("objects", o -> o.path("class").asText().equals("hazardous"));
    }

    /** Rooms where a resident is asleep: the guard keeps the robot out of them. */
    Set<String> roomsWithSleepers() {
        Set<String> rooms = new TreeSet<>();
        map.path("residents").forEach(r -> {
            if (r.path("asleep").asBoolean(false)) {
                rooms.add(r.path("room").asText());
            }
        });
        return rooms;
    }

    /** The room itself, the objects in it and the doors into it. */
    Set<String> namesInOrInto(String room) {
        Set<String> names = new TreeSet<>(Set.of(room));
        names.addAll(names("objects", o -> o.path("room").asText().equals(room)));
        map.path("doors").forEach(d -> d.path("connects").forEach(side -> {
            if (side.asText().equals(room)) {
                names.add(d.path("name").asText());
            }
        }));
        return names;
    }

    private Set<String> names(String section, Predicate<JsonNode> keep) {
        Set<String> names = new TreeSet<>();
        map.path(section).forEach(n -> {
            if (keep.test(n)) {
                names.add(n.path("name").asText());
            }
        });
        return names;
    }
}
