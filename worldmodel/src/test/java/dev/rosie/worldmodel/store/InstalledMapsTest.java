package dev.rosie.worldmodel.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.rosie.core.InvalidInputException;
import dev.rosie.core.ManualClock;
import dev.rosie.core.RosieException;
import dev.rosie.worldmodel.map.LoadedMap;
import dev.rosie.worldmodel.map.MapFormats;
import dev.rosie.worldmodel.map.RosMapImporter;
import dev.rosie.worldmodel.map.RosieMapLoader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** An imported map is copied into the data directory and becomes current only once the copy checks out. */
class InstalledMapsTest {
    private static final Instant T0 = Instant.parse("2026-03-01T08:00:00Z");
    /** A ROS map: 20 x 10 pixels at 0.1 m, black border, free inside; the overlay names one room. */
    private static final String ROS_YAML = "image: flat.pgm\nresolution: 0.1\norigin: [0.0, 0.0, 0.0]\nnegate: 0\n"
            + "occupied_thresh: 0.65\nfree_thresh: 0.196\n";
    private static final String OVERLAY = "rooms:\n  - {name: studio, polygon: [[0, 0], [2, 0], [2, 1], [0, 1]]}\n"
            + "dock: {x: 0.5, y: 0.5, theta: 0}\n";

    @TempDir
    Path tmp;

    private final ManualClock clock = new ManualClock(T0);

    @Test
    void should_store_a_ros_map_with_its_image_and_overlay_and_make_it_current() throws Exception {
        Path source = Files.createDirectory(tmp.resolve("source"));
        Path yaml = writeRosMap(source);
        Path data = tmp.resolve("data");
        InstalledMaps maps = new InstalledMaps(data, clock);
        assertThat(maps.current()).isEmpty();

        InstalledMaps.Installed installed = maps.install(yaml, Optional.empty());

        assertThat(installed.current().format()).isEqualTo(MapFormats.Format.ROS);
        assertThat(installed.current().id()).isEqualTo("20260301-080000");
        assertThat(installed.image()).contains("P5 (raw), 8-bit (maxval 255), 20x10 pixels");
        assertThat(installed.map().map().name()).isEqualTo("flat");
        assertThat(data.resolve("map/20260301-080000")).isDirectoryContaining(p -> p.getFileName().toString().equals("flat.pgm"))
                .isDirectoryContaining(p -> p.getFileName().toString().equals("flat.overlay.yaml"));
        // The copy stands alone: the original files can go.
        try (Stream<Path> files = Files.list(source)) {
            for (Path f : files.toList()) {
                Files.delete(f);
            }
        }
        InstalledMaps reopened = new InstalledMaps(data, clock);
        assertThat(reopened.current()).contains(installed.current());
        assertThat(reopened.loadCurrent().orElseThrow().map()).isEqualTo(installed.map().map());
    }

    @Test
    void should_keep_the_previous_map_when_an_import_is_bad() throws Exception {
        Path data = tmp.resolve("data");
        InstalledMaps maps = new InstalledMaps(data, clock);
        InstalledMaps.Installed good = maps.install(writeRosMap(Files.createDirectory(tmp.resolve("good"))), Optional.empty());
        Path bad = Files.createDirectory(tmp.resolve("bad"));
        Path badYaml = writeRosMap(bad);
        Files.writeString(bad.resolve("flat.overlay.yaml"), OVERLAY.replace("[2, 1], [0, 1]", "[2, 5], [0, 1]"));
        clock.advance(Duration.ofMinutes(1));

        assertThatThrownBy(() -> maps.install(badYaml, Optional.empty())).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("rooms[0].polygon").hasMessageContaining("outside the grid");
        assertThatThrownBy(() -> maps.install(tmp.resolve("nowhere.yaml"), Optional.empty())).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("nowhere.yaml");

        assertThat(maps.current()).contains(good.current());
        try (Stream<Path> dirs = Files.list(data.resolve("map"))) {
            assertThat(dirs.map(p -> p.getFileName().toString())).containsExactlyInAnyOrder("20260301-080000", "current.json");
        }
    }

    @Test
    void should_store_a_rosie_map_as_it_is_and_refuse_an_overlay_for_it() throws Exception {
        Path map = tmp.resolve("home.yaml");
        try (var in = getClass().getClassLoader().getResourceAsStream(RosieMapLoader.REFERENCE_APARTMENT)) {
            Files.write(map, in.readAllBytes());
        }
        InstalledMaps maps = new InstalledMaps(tmp.resolve("data"), clock);
        assertThatThrownBy(() -> maps.install(map, Optional.of(tmp.resolve("x.yaml")))).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("only for ROS map_server maps");

        InstalledMaps.Installed installed = maps.install(map, Optional.empty());
        assertThat(installed.current().format()).isEqualTo(MapFormats.Format.ROSIE);
        assertThat(installed.current().overlay()).isEmpty();
        LoadedMap reference = new RosieMapLoader(clock).referenceApartment();
        assertThat(maps.loadCurrent().orElseThrow().map()).isEqualTo(reference.map());
    }

    @Test
    void should_refuse_to_import_while_a_robot_holds_the_data_directory() throws Exception {
        Path data = tmp.resolve("data");
        Path yaml = writeRosMap(Files.createDirectory(tmp.resolve("src")));
        try (SqliteWorldModel world = SqliteWorldModel.open(data, new RosieMapLoader(clock).referenceApartment(), clock)) {
            assertThatThrownBy(() -> new InstalledMaps(data, clock).install(yaml, Optional.empty()))
                    .isInstanceOf(RosieException.class).hasMessageContaining("is in use");
        }
        assertThat(new InstalledMaps(data, clock).current()).isEmpty();
    }

    @Test
    void should_name_an_unreadable_record_of_the_current_map() throws Exception {
        Path data = tmp.resolve("data");
        Files.createDirectories(data.resolve("map"));
        Files.writeString(data.resolve("map/current.json"), "{\"id\": ");
        assertThatThrownBy(() -> new InstalledMaps(data, clock).loadCurrent()).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("current.json").hasMessageContaining("import the map again");
    }

    private static Path writeRosMap(Path dir) throws IOException {
        int[] pixels = new int[20 * 10];
        for (int row = 0; row < 10; row++) {
            for (int col = 0; col < 20; col++) {
                pixels[row * 20 + col] = row == 0 || col == 0 || row == 9 || col == 19 ? 0 : 254;
            }
        }
        byte[] header = "P5\n20 10\n255\n".getBytes(java.nio.charset.StandardCharsets.US_ASCII);
        byte[] image = new byte[header.length + pixels.length];
        System.arraycopy(header, 0, image, 0, header.length);
        for (int i = 0; i < pixels.length; i++) {
            image[header.length + i] = (byte) pixels[i];
        }
        Files.write(dir.resolve("flat.pgm"), image);
        Files.writeString(dir.resolve("flat" + RosMapImporter.OVERLAY_SUFFIX), OVERLAY);
        return Files.writeString(dir.resolve("flat.yaml"), ROS_YAML);
    }
}
