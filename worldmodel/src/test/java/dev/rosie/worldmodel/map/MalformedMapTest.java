package dev.rosie.worldmodel.map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.rosie.core.InvalidInputException;
import dev.rosie.core.ManualClock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import org.assertj.core.api.AbstractThrowableAssert;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Invariant 5: every malformed map is refused with the file, the field path and the reason. */
class MalformedMapTest {
    private final RosieMapLoader loader = new RosieMapLoader(new ManualClock(Instant.parse("2026-03-01T08:00:00Z")));

    @Test
    void should_accept_the_unbroken_tiny_map() {
        LoadedMap tiny = loader.parse(TinyMap.SOURCE, TinyMap.YAML);
        assertThat(tiny.map().roomNames()).containsExactly("den", "study");
        assertThat(tiny.residents()).singleElement().satisfies(s -> assertThat(s.name()).isEqualTo("pat"));
    }

    @Test
    void should_reject_unparseable_yaml_with_line_number() {
        rejects(TinyMap.with("origin: [0, 0]", "origin: [0, 0"), "(document)", "not valid YAML", "line");
    }

    @Test
    void should_reject_unparseable_json() {
        assertThatThrownBy(() -> loader.parse("broken.json", "{\"name\": \"x\", }"))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("broken.json").hasMessageContaining("not valid JSON");
    }

    @Test
    void should_reject_empty_file() {
        rejects("", "(document)", "empty");
    }

    @Test
    void should_reject_document_that_is_not_a_mapping() {
        rejects("- just\n- a list\n", "(document)", "expected a mapping");
    }

    @Test
    void should_reject_map_when_required_key_missing() {
        rejects(TinyMap.with("    polygon: [[2, 0], [4, 0], [4, 3], [2, 3]]\n", ""), "rooms[1].polygon", "required key is missing");
        rejects(TinyMap.with("dock: {x: 0.5, y: 0.5, theta: 0}\n", ""), "dock", "required key is missing");
    }

    @Test
    void should_reject_map_when_key_unknown() {
        rejects(TinyMap.with("name: tiny", "name: tiny\ncolour: blue"), "colour", "unknown key", "wall_thickness");
        rejects(TinyMap.with("    obstacle: true", "    obstcale: true"), "objects[0].obstcale", "unknown key", "obstacle");
    }

    @Test
    void should_reject_duplicate_yaml_keys() {
        rejects(TinyMap.with("    open: true", "    open: true\n    open: false"), "(document)", "open");
    }

    @Test
    void should_reject_map_when_resolution_out_of_range() {
        rejects(TinyMap.with("resolution: 0.05", "resolution: 0"), "resolution", "outside 0.01..1.0");
        rejects(TinyMap.with("resolution: 0.05", "resolution: 5"), "resolution", "outside 0.01..1.0");
        rejects(TinyMap.with("resolution: 0.05", "resolution: fine"), "resolution", "expected a finite number", "fine");
        rejects(TinyMap.with("resolution: 0.05", "resolution: -0.05"), "resolution", "outside 0.01..1.0");
    }

    @Test
    void should_reject_size_that_is_not_whole_cells() {
        rejects(TinyMap.with("size: {width: 4.0, height: 3.0}", "size: {width: 4.02, height: 3.0}"),
                "size.width", "not a whole number of 0.05 m cells");
        rejects(TinyMap.with("size: {width: 4.0, height: 3.0}", "size: {width: 4.0, height: -3.0}"), "size.height", "positive");
    }

    @Test
    void should_reject_wall_thinner_than_a_cell() {
        rejects(TinyMap.with("wall_thickness: 0.10", "wall_thickness: 0.01"), "wall_thickness", "one cell");
    }

    @Test
    void should_reject_map_when_polygon_outside_grid() {
        rejects(TinyMap.with("[[2, 0], [4, 0], [4, 3], [2, 3]]", "[[2, 0], [4.5, 0], [4, 3], [2, 3]]"),
                "rooms[1].polygon", "(4.5, 0) is outside the grid", "x 0..4, y 0..3 m");
        rejects(TinyMap.with("[[3.5, 2.5], [4, 2.5], [4, 3], [3.5, 3]]", "[[3.5, 2.5], [4, 2.5], [4, 3.2], [3.5, 3]]"),
                "zones[0].polygon", "outside the grid");
    }

    @Test
    void should_reject_degenerate_polygons() {
        rejects(TinyMap.with("[[2, 0], [4, 0], [4, 3], [2, 3]]", "[[2, 0], [4, 0]]"), "rooms[1].polygon", "at least 3 vertices");
        rejects(TinyMap.with("[[2, 0], [4, 0], [4, 3], [2, 3]]", "[[2, 0], [3, 0], [4, 0]]"), "rooms[1].polygon", "no area");
    }

    @Test
    void should_reject_wall_outside_grid_or_malformed() {
        rejects(TinyMap.with("  - [4, 0, 4, 3]", "  - [4, 0, 4, 30]"), "walls[3]", "outside the grid");
        rejects(TinyMap.with("  - [4, 0, 4, 3]", "  - [4, 0, 4]"), "walls[3]", "expected a list of 4 numbers");
        rejects(TinyMap.with("  - [4, 0, 4, 3]", "  - [4, 0, 4, 0]"), "walls[3]", "two different end points");
    }

    @Test
    void should_reject_object_outside_grid() {
        rejects(TinyMap.with("    position: [1.0, 2.0]", "    position: [1.0, 9.0]"), "objects[0].position", "outside the grid");
        rejects(TinyMap.with("    footprint: [0.8, 1.8, 1.2, 2.2]", "    footprint: [0.8, 1.8, 1.2, 3.2]"), "objects[0].footprint", "outside the grid");
    }

    @Test
    void should_reject_object_outside_its_room() {
        rejects(TinyMap.with("    position: [1.0, 2.0]", "    position: [3.0, 2.0]"), "objects[0].position", "not inside room 'den'");
    }

    @Test
    void should_reject_unknown_object_class() {
        rejects(TinyMap.with("    class: furniture", "    class: spaceship"), "objects[0].class", "unknown value 'spaceship'",
                "furniture, small, hazardous");
    }

    @Test
    void should_reject_object_in_unknown_room() {
        rejects(TinyMap.with("    room: den", "    room: attic"), "objects[0].room", "unknown room 'attic'", "den, study");
    }

    @Test
    void should_reject_obstacle_without_footprint() {
        rejects(TinyMap.with("    footprint: [0.8, 1.8, 1.2, 2.2]\n", ""), "objects[0].obstacle", "needs a footprint");
    }

    @Test
    void should_reject_inverted_rectangle_footprint() {
        rejects(TinyMap.with("[0.8, 1.8, 1.2, 2.2]", "[1.2, 1.8, 0.8, 2.2]"), "objects[0].footprint", "x0 < x1");
    }

    @Test
    void should_reject_duplicate_names() {
        rejects(TinyMap.with("  - name: chair", "  - name: Study"), "objects[0].name", "'study' is already used by rooms[1].name");
        rejects(TinyMap.with("  - name: pat", "  - name: corner"), "residents[0].name", "already used by zones[0].name");
        rejects(TinyMap.with("  - name: corner", "  - name: dock"), "zones[0].name", "already used by dock");
    }

    @Test
    void should_reject_invalid_names() {
        rejects(TinyMap.with("  - name: chair", "  - name: \"chair!\""), "objects[0].name", "not a valid object name");
    }

    @Test
    void should_reject_door_with_bad_sides() {
        rejects(TinyMap.with("connects: [den, study]", "connects: [den, attic]"), "doors[0].connects[1]", "unknown room 'attic'");
        rejects(TinyMap.with("connects: [den, study]", "connects: [den, den]"), "doors[0].connects", "two different sides");
        rejects(TinyMap.with("connects: [den, study]", "connects: [den]"), "doors[0].connects", "exactly two sides");
        rejects(TinyMap.with("    open: true", "    open: yes please"), "doors[0].open", "expected true or false");
    }

    @Test
    void should_reject_unknown_zone_and_resident_kinds() {
        rejects(TinyMap.with("    kind: no_go", "    kind: slow"), "zones[0].kind", "unknown value 'slow'", "no_go");
        rejects(TinyMap.with("    kind: person", "    kind: robot"), "residents[0].kind", "person, child, pet");
    }

    @Test
    void should_reject_resident_in_unknown_room() {
        rejects(TinyMap.with("    room: study", "    room: attic"), "residents[0].room", "unknown room 'attic'");
    }

    @Test
    void should_reject_dock_that_is_not_on_free_floor() {
        rejects(TinyMap.with("dock: {x: 0.5, y: 0.5, theta: 0}", "dock: {x: 1.0, y: 2.0, theta: 0}"), "dock", "not on free floor");
        rejects(TinyMap.with("dock: {x: 0.5, y: 0.5, theta: 0}", "dock: {x: 0.5, y: 5, theta: 0}"), "dock", "outside the grid");
    }

    @Test
    void should_reject_overlapping_rooms() {
        rejects(TinyMap.with("[[2, 0], [4, 0], [4, 3], [2, 3]]", "[[1.5, 0], [4, 0], [4, 3], [1.5, 3]]"),
                "rooms[1].polygon", "overlaps room 'den'");
    }

    @Test
    void should_reject_room_without_free_floor() {
        rejects(TinyMap.with("    position: [1.0, 2.0]\n    room: den\n    footprint: [0.8, 1.8, 1.2, 2.2]",
                        "    position: [3.0, 2.0]\n    room: study\n    footprint: [2.0, 0.0, 4.0, 3.0]"),
                "rooms[1].polygon", "'study' has no free floor");
    }

    @Test
    void should_name_the_file_when_loading_from_disk(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("flat.yaml");
        Files.writeString(file, TinyMap.with("    class: furniture", "    class: spaceship"));
        assertThatThrownBy(() -> loader.load(file)).isInstanceOf(InvalidInputException.class)
                .hasMessageStartingWith(file + ": objects[0].class: ");
        assertThatThrownBy(() -> loader.load(dir.resolve("missing.yaml"))).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("missing.yaml");
    }

    private AbstractThrowableAssert<?, ? extends Throwable> rejects(String yaml, String path, String... reasons) {
        var a = assertThatThrownBy(() -> loader.parse(TinyMap.SOURCE, yaml))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageStartingWith(TinyMap.SOURCE + ": " + path);
        for (String r : reasons) {
            a.hasMessageContaining(r);
        }
        return a;
    }
}
