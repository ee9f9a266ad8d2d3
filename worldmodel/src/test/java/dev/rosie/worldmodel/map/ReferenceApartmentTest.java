package dev.rosie.worldmodel.map;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import dev.rosie.core.ManualClock;
import dev.rosie.core.world.BeingKind;
import dev.rosie.core.world.Cell;
import dev.rosie.core.world.Door;
import dev.rosie.core.world.HomeMap;
import dev.rosie.core.world.ObjectClass;
import dev.rosie.core.world.OccupancyGrid;
import dev.rosie.core.world.Point;
import dev.rosie.core.world.Room;
import dev.rosie.core.world.Sighting;
import dev.rosie.core.world.WorldObject;
import dev.rosie.core.world.Zone;
import dev.rosie.core.world.ZoneKind;
import java.io.InputStream;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class ReferenceApartmentTest {
    private static final Instant LOADED_AT = Instant.parse("2026-03-01T08:00:00Z");
    /** The robot's radius (0.34 m across), which every doorway and the dock must admit. */
    private static final double ROBOT_RADIUS = 0.17;

    private final LoadedMap loaded = new RosieMapLoader(new ManualClock(LOADED_AT)).referenceApartment();
    private final HomeMap map = loaded.map();
    private final OccupancyGrid grid = map.grid();

    @Test
    void should_contain_every_reference_name() {
        assertThat(map.roomNames()).containsExactlyInAnyOrder(
                "hallway", "living room", "kitchen", "bedroom", "nursery", "bathroom", "office", "balcony");
        assertThat(map.doors()).extracting(Door::name)
                .containsExactlyInAnyOrder("front door", "balcony door", "nursery door", "bathroom door");
        assertThat(map.zones()).extracting(Zone::name).containsExactlyInAnyOrder("stairs", "balcony edge");
        assertThat(map.zones()).allMatch(z -> z.kind() == ZoneKind.NO_GO);

        Map<String, WorldObject> objects = map.objects().stream().collect(Collectors.toMap(WorldObject::name, o -> o));
        assertThat(objects.keySet()).containsExactlyInAnyOrder(
                "sofa", "rug", "dining table", "glass vase", "bed", "laundry basket", "crib", "desk",
                "sock", "toy car", "laptop", "plant", "trash bin", "mop pads",
                "kitchen knife", "knife block", "bleach bottle", "stove", "medicine cabinet");
        assertPlaced(objects, ObjectClass.FURNITURE, "living room", "sofa", "rug", "dining table", "glass vase");
        assertPlaced(objects, ObjectClass.FURNITURE, "bedroom", "bed", "laundry basket");
        assertPlaced(objects, ObjectClass.FURNITURE, "nursery", "crib");
        assertPlaced(objects, ObjectClass.FURNITURE, "office", "desk");
        assertPlaced(objects, ObjectClass.SMALL, "bedroom", "sock");
        assertPlaced(objects, ObjectClass.SMALL, "living room", "toy car");
        assertPlaced(objects, ObjectClass.SMALL, "office", "laptop");
        assertPlaced(objects, ObjectClass.SMALL, "balcony", "plant");
        assertPlaced(objects, ObjectClass.SMALL, "kitchen", "trash bin");
        assertPlaced(objects, ObjectClass.SMALL, "bathroom", "mop pads");
        assertPlaced(objects, ObjectClass.HAZARDOUS, "kitchen", "kitchen knife", "knife block", "bleach bottle", "stove");
        assertPlaced(objects, ObjectClass.HAZARDOUS, "bathroom", "medicine cabinet");
        assertThat(objects.get("glass vase").tags()).contains("fragile");
        assertThat(objects.get("rug").obstacle()).isFalse();
        assertThat(map.roomAt(map.dock().position())).map(Room::name).contains("hallway");
    }

    @Test
    void should_connect_doors_as_the_reference_describes() {
        assertThat(map.door("front door").orElseThrow().connects()).containsExactlyInAnyOrder("hallway", Door.OUTSIDE);
        assertThat(map.door("balcony door").orElseThrow().connects()).containsExactlyInAnyOrder("living room", "balcony");
        assertThat(map.door("nursery door").orElseThrow().connects()).containsExactlyInAnyOrder("hallway", "nursery");
        assertThat(map.door("bathroom door").orElseThrow().connects()).containsExactlyInAnyOrder("hallway", "bathroom");
        assertThat(map.door("nursery door").orElseThrow().open()).as("a child sleeps there").isFalse();
        assertThat(map.door("bathroom door").orElseThrow().open()).isTrue();
        assertThat(map.doors()).allSatisfy(d -> assertThat(d.a().distanceTo(d.b())).as(d.name()).isGreaterThanOrEqualTo(0.9));
    }

    @Test
    void should_turn_residents_into_map_sightings_at_load_time() {
        Map<String, Sighting> residents = loaded.residents().stream().collect(Collectors.toMap(Sighting::name, s -> s));
        assertThat(residents.keySet()).containsExactlyInAnyOrder("alex", "guest", "sam", "miso");
        assertThat(residents.get("alex").kind()).isEqualTo(BeingKind.PERSON);
        assertThat(residents.get("guest").kind()).isEqualTo(BeingKind.PERSON);
        assertThat(residents.get("miso").kind()).isEqualTo(BeingKind.PET);
        Sighting sam = residents.get("sam");
        assertThat(sam.kind()).isEqualTo(BeingKind.CHILD);
        assertThat(sam.asleep()).isTrue();
        assertThat(sam.room()).isEqualTo("nursery");
        assertThat(loaded.residents()).allSatisfy(s -> {
            assertThat(s.provenance()).isEqualTo("map");
            assertThat(s.seenAt()).isEqualTo(LOADED_AT);
        });
    }

    @Test
    void should_leave_free_floor_in_every_room() {
        GridFrame frame = new GridFrame(grid.resolution(), grid.origin(), grid.width(), grid.height());
        for (Room room : map.rooms()) {
            long free = frame.cellsInside(room.area()).stream().filter(grid::isFree).count();
            assertThat(free).as("free cells in %s", room.name()).isGreaterThan(100);
        }
    }

    @Test
    void should_dock_on_free_floor_with_room_to_drive_off() {
        Cell dock = grid.cellOf(map.dock().position());
        assertThat(grid.isFree(dock)).isTrue();
        assertThat(GridSearch.reachable(grid, dock, ROBOT_RADIUS)).as("the robot fits at the dock").contains(dock);
        Point ahead = new Point(map.dock().x() + 0.5 * Math.cos(map.dock().theta()), map.dock().y() + 0.5 * Math.sin(map.dock().theta()));
        assertThat(grid.isFree(grid.cellOf(ahead))).as("half a metre in front of the dock").isTrue();
    }

    @Test
    void should_reach_every_room_from_the_dock_when_doors_are_open() {
        // The grid never bakes in doors, so a search over FREE cells is the all-doors-open case.
        Set<Cell> reached = GridSearch.reachable(grid, grid.cellOf(map.dock().position()), ROBOT_RADIUS);
        GridFrame frame = new GridFrame(grid.resolution(), grid.origin(), grid.width(), grid.height());
        for (Room room : map.rooms()) {
            long reachedInRoom = frame.cellsInside(room.area()).stream().filter(reached::contains).count();
            assertThat(reachedInRoom).as("cells of %s reachable by a %.2f m robot", room.name(), 2 * ROBOT_RADIUS)
                    .isGreaterThan(100);
        }
    }

    @Test
    void should_keep_the_stairs_physically_free_and_open_to_the_hallway() {
        Zone stairs = map.zone("stairs").orElseThrow();
        GridFrame frame = new GridFrame(grid.resolution(), grid.origin(), grid.width(), grid.height());
        List<Cell> inner = frame.cellsInside(stairs.area()).stream()
                .filter(c -> {
                    Point p = grid.centerOf(c);
                    return p.y() > 6.55 && p.y() < 7.95 && p.x() < 13.95; // away from the stairwell's own walls
                }).toList();
        assertThat(inner).isNotEmpty().allMatch(grid::isFree);
        Set<Cell> reached = GridSearch.reachable(grid, grid.cellOf(map.dock().position()), ROBOT_RADIUS);
        assertThat(reached).as("only policy keeps the robot off the stairs").contains(grid.cellOf(stairs.area().centroid()));
        assertThat(grid.isFree(grid.cellOf(new Point(12.0, 7.25)))).as("no wall between hallway and stairs").isTrue();
    }

    @Test
    void should_mark_the_outside_as_not_free() {
        assertThat(grid.get(grid.cellOf(new Point(13.0, 3.0)).ix(), grid.cellOf(new Point(13.0, 3.0)).iy())).isEqualTo(OccupancyGrid.UNKNOWN);
        assertThat(grid.isFree(grid.cellOf(new Point(8.0, 1.0)))).isFalse();
        Set<Cell> reached = GridSearch.reachable(grid, grid.cellOf(map.dock().position()), 0);
        assertThat(reached).as("nothing outside the flat is reachable").noneMatch(c -> map.roomAt(grid.centerOf(c)).isEmpty()
                && map.zones().stream().noneMatch(z -> z.area().contains(grid.centerOf(c))));
    }

    @Test
    void should_leave_door_openings_free_and_draw_obstacles_occupied() {
        for (Door d : map.doors()) {
            assertThat(grid.isFree(grid.cellOf(d.midpoint()))).as("%s opening", d.name()).isTrue();
        }
        assertThat(grid.isFree(grid.cellOf(map.object("sofa").orElseThrow().position()))).isFalse();
        assertThat(grid.isFree(grid.cellOf(map.object("bed").orElseThrow().position()))).isFalse();
        assertThat(grid.isFree(grid.cellOf(map.object("rug").orElseThrow().position()))).as("a rug is driven over").isTrue();
        assertThat(grid.isFree(grid.cellOf(new Point(7.0, 5.0)))).as("living room | kitchen wall").isFalse();
    }

    @Test
    void should_load_the_same_map_from_json() throws Exception {
        String json;
        try (InputStream in = getClass().getClassLoader().getResourceAsStream(RosieMapLoader.REFERENCE_APARTMENT)) {
            ObjectMapper yaml = new YAMLMapper();
            json = JsonMapper.builder().build().writeValueAsString(yaml.readTree(in));
        }
        LoadedMap fromJson = new RosieMapLoader(new ManualClock(LOADED_AT)).parse("reference-apartment.json", json);
        assertThat(fromJson).isEqualTo(loaded);
    }

    private static void assertPlaced(Map<String, WorldObject> objects, ObjectClass cls, String room, String... names) {
        for (String n : names) {
            WorldObject o = objects.get(n);
            assertThat(o.objectClass()).as("%s class", n).isEqualTo(cls);
            assertThat(o.room()).as("%s room", n).isEqualTo(room);
        }
    }
}
