package dev.rosie.worldmodel.map;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import dev.rosie.core.ManualClock;
import dev.rosie.core.world.HomeMap;
import dev.rosie.core.world.OccupancyGrid;
import dev.rosie.core.world.Point;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** ROS map_server maps, written by the test in both PGM encodings, become the grid map_server would make. */
class RosMapImporterTest {
    private static final Instant T0 = Instant.parse("2026-03-01T08:00:00Z");

    @TempDir
    Path dir;

    private final RosMapImporter importer = new RosMapImporter(new ManualClock(T0));

    @ParameterizedTest(name = "plain P2: {0}")
    @ValueSource(booleans = {true, false})
    void should_turn_each_pixel_into_the_cell_map_server_would(boolean plain) throws Exception {
        Path yaml = RosTinyMap.write(dir, plain);

        LoadedMap loaded = importer.load(yaml);
        OccupancyGrid grid = loaded.map().grid();

        assertThat(grid.width()).isEqualTo(40);
        assertThat(grid.height()).isEqualTo(30);
        assertThat(grid.resolution()).isEqualTo(0.1);
        assertThat(grid.origin()).isEqualTo(new Point(-1.0, -0.5));
        int[] pixels = RosTinyMap.pixels();
        for (int row = 0; row < 30; row++) {
            for (int col = 0; col < 40; col++) {
                byte expected = switch (pixels[row * 40 + col]) {
                    case RosTinyMap.OCCUPIED -> OccupancyGrid.OCCUPIED;
                    case RosTinyMap.FREE -> OccupancyGrid.FREE;
                    default -> OccupancyGrid.UNKNOWN;
                };
                // PGM row 0 is the top of the map; grid row 0 is the bottom.
                assertThat(grid.get(col, 29 - row)).as("pixel row %d col %d", row, col).isEqualTo(expected);
            }
        }
        assertThat(grid.get(0, 29)).as("top-left pixel is the grid's top-left cell").isEqualTo(OccupancyGrid.OCCUPIED);
        assertThat(grid.get(36, 27)).as("the unknown patch, top right").isEqualTo(OccupancyGrid.UNKNOWN);
        assertThat(grid.isFree(grid.cellOf(new Point(1.05, 1.0)))).as("the study door's gap").isTrue();
        assertThat(grid.isFree(grid.cellOf(new Point(1.05, 0.0)))).as("the wall beside the door").isFalse();
    }

    @ParameterizedTest(name = "plain P2: {0}")
    @ValueSource(booleans = {true, false})
    void should_take_names_from_the_overlay(boolean plain) throws Exception {
        HomeMap map = importer.load(RosTinyMap.write(dir, plain)).map();

        assertThat(map.name()).isEqualTo("tiny ros");
        assertThat(map.roomNames()).containsExactly("den", "study");
        assertThat(map.room("den").orElseThrow().area().area()).isEqualTo(6.0);
        assertThat(map.door("study door").orElseThrow().connects()).containsExactly("den", "study");
        assertThat(map.object("sock").orElseThrow().room()).isEqualTo("study");
        assertThat(map.zone("corner")).isPresent();
        assertThat(map.dock().position()).isEqualTo(new Point(-0.5, 0.0));
        assertThat(importer.load(RosTinyMap.write(dir, plain)).residents()).singleElement()
                .satisfies(s -> assertThat(s.seenAt()).isEqualTo(T0));
    }

    @Test
    void should_name_the_map_after_the_yaml_file_when_the_overlay_does_not() throws Exception {
        Path yaml = RosTinyMap.write(dir, RosTinyMap.YAML, RosTinyMap.overlayWith("name: tiny ros\n", ""),
                Pgm.p5(40, 30, 255, RosTinyMap.pixels()));
        assertThat(importer.load(yaml).map().name()).isEqualTo("tiny");
    }

    @ParameterizedTest(name = "plain P2: {0}")
    @ValueSource(booleans = {true, false})
    void should_classify_samples_with_map_servers_trinary_rule(boolean plain) throws Exception {
        // occ = (255 - v) / 255: 0 -> 1.0, 80 -> 0.686, 89 -> 0.651, 90 -> 0.647, 100 -> 0.608,
        // 204 -> 0.2 exactly, 205 -> 0.196078 (map_saver's unknown), 206 -> 0.192, 254 -> 0.004.
        int[] values = {0, 80, 89, 90, 100, 204, 205, 206, 254, 255};
        byte o = OccupancyGrid.OCCUPIED;
        byte f = OccupancyGrid.FREE;
        byte u = OccupancyGrid.UNKNOWN;
        assertThat(row(plain, values, 255, "negate: 0", "occupied_thresh: 0.65", "free_thresh: 0.196"))
                .containsExactly(o, o, o, u, u, u, u, f, f, f);
        // On a threshold is neither above nor below it: 204 gives exactly 0.2, so not free.
        assertThat(row(plain, values, 255, "negate: 0", "occupied_thresh: 0.65", "free_thresh: 0.2"))
                .containsExactly(o, o, o, u, u, u, f, f, f, f);
        // Negated: white is occupied, occ = v / 255.
        assertThat(row(plain, values, 255, "negate: 1", "occupied_thresh: 0.65", "free_thresh: 0.196"))
                .containsExactly(f, u, u, u, u, o, o, o, o, o);
    }

    @ParameterizedTest(name = "plain P2: {0}")
    @ValueSource(booleans = {true, false})
    void should_read_16_bit_images_against_their_maxval(boolean plain) throws Exception {
        // occ = (65535 - v) / 65535
        int[] values = {0, 20_000, 22_937, 40_000, 52_688, 52_700, 65_535};
        byte o = OccupancyGrid.OCCUPIED;
        byte f = OccupancyGrid.FREE;
        byte u = OccupancyGrid.UNKNOWN;
        assertThat(row(plain, values, 65_535, "negate: 0", "occupied_thresh: 0.65", "free_thresh: 0.196"))
                .containsExactly(o, o, o, u, u, f, f);
        // An odd maxval scales the same way: 1000 - 650 = 350 -> 0.35 is unknown, 0 -> 1.0 occupied.
        assertThat(row(plain, new int[] {0, 349, 350, 805, 1000}, 1000, "negate: 0", "occupied_thresh: 0.65", "free_thresh: 0.196"))
                .containsExactly(o, o, u, f, f);
    }

    @ParameterizedTest(name = "plain P2: {0}")
    @ValueSource(booleans = {true, false})
    void should_import_the_reference_apartment_drawn_as_a_ros_map(boolean plain) throws Exception {
        LoadedMap reference = new RosieMapLoader(new ManualClock(T0)).referenceApartment();
        OccupancyGrid g = reference.map().grid();
        int[] pixels = new int[g.width() * g.height()];
        for (int iy = 0; iy < g.height(); iy++) {
            for (int ix = 0; ix < g.width(); ix++) {
                byte c = g.get(ix, iy);
                pixels[(g.height() - 1 - iy) * g.width() + ix] = c == OccupancyGrid.FREE ? 254 : c == OccupancyGrid.OCCUPIED ? 0 : 205;
            }
        }
        byte[] image = plain ? Pgm.p2(g.width(), g.height(), 255, pixels) : Pgm.p5(g.width(), g.height(), 255, pixels);
        Files.write(dir.resolve("apartment.pgm"), image);
        Files.writeString(dir.resolve("apartment.yaml"), "image: apartment.pgm\nresolution: 0.05\norigin: [0.0, 0.0, 0.0]\n"
                + "negate: 0\noccupied_thresh: 0.65\nfree_thresh: 0.196\nmode: trinary\n");
        Path overlay = dir.resolve("apartment-names.yaml");
        Files.writeString(overlay, referenceOverlay());

        RosMapImporter.Result result = importer.read(dir.resolve("apartment.yaml"), overlay);

        assertThat(result.map().map().grid()).isEqualTo(g);
        assertThat(result.map().map()).isEqualTo(reference.map());
        assertThat(result.map().residents()).isEqualTo(reference.residents());
        assertThat(result.image()).isEqualTo((plain ? "P2 (plain)" : "P5 (raw)") + ", 8-bit (maxval 255), 280x230 pixels");
        assertThat(result.yaml().mode()).isEqualTo("trinary");
    }

    @Test
    void should_write_back_settings_that_read_the_same() throws Exception {
        Path yaml = RosTinyMap.write(dir, false);
        MapServerYaml settings = importer.readYaml(yaml);
        Path copy = Files.createDirectory(dir.resolve("copy"));
        Files.copy(dir.resolve("tiny.pgm"), copy.resolve("map.pgm"));
        Files.writeString(copy.resolve("map.yaml"), settings.render("map.pgm"));

        MapServerYaml again = importer.readYaml(copy.resolve("map.yaml"));
        assertThat(again.resolution()).isEqualTo(settings.resolution());
        assertThat(again.origin()).isEqualTo(settings.origin());
        assertThat(again.occupiedThresh()).isEqualTo(settings.occupiedThresh());
        assertThat(again.freeThresh()).isEqualTo(settings.freeThresh());
        assertThat(importer.grid(again)).isEqualTo(importer.grid(settings));
    }

    /** One image row of {@code values}, imported with the given YAML settings. */
    private byte[] row(boolean plain, int[] values, int maxval, String negate, String occupied, String free) throws Exception {
        Files.write(dir.resolve("row.pgm"), plain ? Pgm.p2(values.length, 1, maxval, values) : Pgm.p5(values.length, 1, maxval, values));
        Path yaml = Files.writeString(dir.resolve("row.yaml"), "image: row.pgm\nresolution: 0.05\norigin: [0, 0, 0]\n"
                + negate + "\n" + occupied + "\n" + free + "\n");
        OccupancyGrid grid = importer.grid(importer.readYaml(yaml));
        byte[] cells = new byte[values.length];
        for (int i = 0; i < values.length; i++) {
            cells[i] = grid.get(i, 0);
        }
        return cells;
    }

    /** The reference apartment's own file without the keys that draw its grid. */
    static String referenceOverlay() throws Exception {
        YAMLMapper yaml = new YAMLMapper();
        ObjectNode root;
        try (InputStream in = RosMapImporterTest.class.getClassLoader().getResourceAsStream(RosieMapLoader.REFERENCE_APARTMENT)) {
            root = (ObjectNode) yaml.readTree(in);
        }
        MapReader.GRID_KEYS.forEach(root::remove);
        return yaml.writeValueAsString(root);
    }
}
