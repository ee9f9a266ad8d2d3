package dev.rosie.worldmodel.map;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.rosie.core.InvalidInputException;
import dev.rosie.core.ManualClock;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Arrays;
import org.assertj.core.api.AbstractThrowableAssert;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Invariant 5 for ROS maps: each broken file is refused naming the file, the field and the reason. */
class MalformedRosMapTest {
    @TempDir
    Path dir;

    private final RosMapImporter importer = new RosMapImporter(new ManualClock(Instant.parse("2026-03-01T08:00:00Z")));

    @Test
    void should_reject_a_missing_image_file() throws Exception {
        Path yaml = write(RosTinyMap.YAML, RosTinyMap.OVERLAY, p5());
        Files.delete(dir.resolve("tiny.pgm"));
        rejects(yaml, yaml, "image", "tiny.pgm does not exist");
    }

    @Test
    void should_reject_a_bad_resolution() throws Exception {
        rejectsYaml("resolution: 0.1", "resolution: -0.1", "resolution", "positive");
        rejectsYaml("resolution: 0.1", "resolution: 0", "resolution", "positive");
        rejectsYaml("resolution: 0.1", "resolution: fine", "resolution", "expected a finite number");
        rejectsYaml("resolution: 0.1", "resolution: 5", "resolution", "outside 0.01..1.0");
    }

    @Test
    void should_reject_thresholds_out_of_order_or_range() throws Exception {
        rejectsYaml("free_thresh: 0.196", "free_thresh: 0.7", "free_thresh", "thresholds out of order", "0.65");
        rejectsYaml("free_thresh: 0.196", "free_thresh: 0.65", "free_thresh", "thresholds out of order");
        rejectsYaml("occupied_thresh: 0.65", "occupied_thresh: 1.5", "occupied_thresh", "from 0 to 1");
    }

    @Test
    void should_reject_other_yaml_mistakes() throws Exception {
        rejectsYaml("negate: 0", "negate: 2", "negate", "expected 0 or 1");
        rejectsYaml("origin: [-1.0, -0.5, 0.0]", "origin: [-1.0, -0.5]", "origin", "list of 3 numbers");
        rejectsYaml("origin: [-1.0, -0.5, 0.0]", "origin: [-1.0, -0.5, 0.5]", "origin", "rotated map");
        rejectsYaml("free_thresh: 0.196", "free_thresh: 0.196\nmode: scale", "mode", "not supported");
        rejectsYaml("free_thresh: 0.196", "free_tresh: 0.196", "free_tresh", "unknown key");
        rejectsYaml("negate: 0\n", "", "negate", "required key is missing");
    }

    @Test
    void should_reject_an_image_that_is_not_a_pgm() throws Exception {
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0};
        Path yaml = write(RosTinyMap.YAML, RosTinyMap.OVERLAY, png);
        rejects(yaml, dir.resolve("tiny.pgm"), "header", "not a PGM image", "P2", "P5");
        Path pbm = write(RosTinyMap.YAML, RosTinyMap.OVERLAY, "P1\n2 2\n0 1 1 0\n".getBytes(StandardCharsets.US_ASCII));
        rejects(pbm, dir.resolve("tiny.pgm"), "header", "not a PGM image");
    }

    @Test
    void should_reject_a_truncated_raw_image() throws Exception {
        byte[] full = p5();
        Path yaml = write(RosTinyMap.YAML, RosTinyMap.OVERLAY, Arrays.copyOf(full, full.length - 41));
        rejects(yaml, dir.resolve("tiny.pgm"), "pixels", "truncated", "1159 of 40x30 = 1200 pixels");
        Path headerOnly = write(RosTinyMap.YAML, RosTinyMap.OVERLAY, "P5\n40 30\n".getBytes(StandardCharsets.US_ASCII));
        rejects(headerOnly, dir.resolve("tiny.pgm"), "header", "truncated", "maxval");
    }

    @Test
    void should_reject_a_truncated_plain_image() throws Exception {
        String text = new String(Pgm.p2(40, 30, 255, RosTinyMap.pixels()), StandardCharsets.US_ASCII);
        String cut = text.substring(0, text.lastIndexOf('\n', text.length() - 2) + 1);
        Path yaml = write(RosTinyMap.YAML, RosTinyMap.OVERLAY, cut.getBytes(StandardCharsets.US_ASCII));
        rejects(yaml, dir.resolve("tiny.pgm"), "pixels", "truncated", "of 40x30 = 1200 pixels");
        Path garbage = write(RosTinyMap.YAML, RosTinyMap.OVERLAY, "P2\n2 1\n255\n0 abc\n".getBytes(StandardCharsets.US_ASCII));
        rejects(garbage, dir.resolve("tiny.pgm"), "pixels", "decimal number", "abc");
    }

    @Test
    void should_reject_an_unsupported_maxval_or_a_sample_above_it() throws Exception {
        rejects(write(RosTinyMap.YAML, RosTinyMap.OVERLAY, "P5\n40 30\n0\n".getBytes(StandardCharsets.US_ASCII)),
                dir.resolve("tiny.pgm"), "maxval", "unsupported maxval 0");
        rejects(write(RosTinyMap.YAML, RosTinyMap.OVERLAY, "P2\n40 30\n70000\n".getBytes(StandardCharsets.US_ASCII)),
                dir.resolve("tiny.pgm"), "maxval", "unsupported maxval 70000", "1..65535");
        rejects(write(RosTinyMap.YAML, RosTinyMap.OVERLAY, "P2\n2 1\n100\n0 101\n".getBytes(StandardCharsets.US_ASCII)),
                dir.resolve("tiny.pgm"), "pixels", "row 0, column 1 is 101, above maxval 100");
    }

    @Test
    void should_reject_an_image_too_large_for_a_home() throws Exception {
        rejects(write(RosTinyMap.YAML, RosTinyMap.OVERLAY, "P5\n20000 20000\n255\n".getBytes(StandardCharsets.US_ASCII)),
                dir.resolve("tiny.pgm"), "header", "20000x20000");
    }

    @Test
    void should_reject_an_overlay_polygon_outside_the_grid() throws Exception {
        Path yaml = write(RosTinyMap.YAML, RosTinyMap.overlayWith("[[1, -0.5], [3, -0.5], [3, 2.5], [1, 2.5]]",
                "[[1, -0.5], [3.5, -0.5], [3, 2.5], [1, 2.5]]"), p5());
        rejects(yaml, dir.resolve("tiny.overlay.yaml"), "rooms[1].polygon", "(3.5, -0.5) is outside the grid", "x -1..3, y -0.5..2.5 m");
    }

    @Test
    void should_reject_an_unknown_object_class_in_the_overlay() throws Exception {
        Path yaml = write(RosTinyMap.YAML, RosTinyMap.overlayWith("class: small", "class: spaceship"), p5());
        rejects(yaml, dir.resolve("tiny.overlay.yaml"), "objects[1].class", "unknown value 'spaceship'", "furniture, small, hazardous");
    }

    @Test
    void should_reject_grid_keys_in_the_overlay() throws Exception {
        Path yaml = write(RosTinyMap.YAML, "walls: []\n" + RosTinyMap.OVERLAY, p5());
        rejects(yaml, dir.resolve("tiny.overlay.yaml"), "walls", "an overlay has no 'walls'");
    }

    @Test
    void should_reject_a_room_drawn_where_the_image_has_no_floor() throws Exception {
        // A room on the unknown patch at the top right: the polygon is in the grid but on no floor.
        String overlay = """
                rooms:
                  - {name: den, polygon: [[-1, -0.5], [1, -0.5], [1, 2.5], [-1, 2.5]]}
                  - {name: closet, polygon: [[2.5, 2.0], [2.9, 2.0], [2.9, 2.4], [2.5, 2.4]]}
                dock: {x: -0.5, y: 0.0, theta: 0}
                """;
        rejects(write(RosTinyMap.YAML, overlay, p5()), dir.resolve("tiny.overlay.yaml"), "rooms[1].polygon",
                "'closet' has no free cell in the map image");
    }

    @Test
    void should_ask_for_an_overlay_when_there_is_none() throws Exception {
        Path yaml = write(RosTinyMap.YAML, RosTinyMap.OVERLAY, p5());
        Files.delete(dir.resolve("tiny.overlay.yaml"));
        assertThatThrownBy(() -> importer.load(yaml)).isInstanceOf(InvalidInputException.class)
                .hasMessageStartingWith(yaml + ": ").hasMessageContaining("--overlay").hasMessageContaining("tiny.overlay.yaml");
    }

    private static byte[] p5() {
        return Pgm.p5(40, 30, 255, RosTinyMap.pixels());
    }

    private Path write(String yaml, String overlay, byte[] image) throws Exception {
        return RosTinyMap.write(dir, yaml, overlay, image);
    }

    private void rejectsYaml(String fragment, String replacement, String field, String... reasons) throws Exception {
        Path yaml = write(RosTinyMap.yamlWith(fragment, replacement), RosTinyMap.OVERLAY, p5());
        rejects(yaml, yaml, field, reasons);
    }

    private AbstractThrowableAssert<?, ? extends Throwable> rejects(Path yaml, Path file, String field, String... reasons) {
        var a = assertThatThrownBy(() -> importer.load(yaml))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageStartingWith(file + ": " + field);
        for (String r : reasons) {
            a.hasMessageContaining(r);
        }
        return a;
    }
}
