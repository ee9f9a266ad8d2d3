package dev.rosie.launch.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MapCommandTest {
    /** 60 x 40 pixels at 0.1 m: black border, a wall at column 30 with a 1 m door gap, free elsewhere. */
    private static final String YAML = "image: flat.pgm\nresolution: 0.1\norigin: [0.0, 0.0, 0.0]\nnegate: 0\n"
            + "occupied_thresh: 0.65\nfree_thresh: 0.196\n";
    private static final String OVERLAY = """
            name: test flat
            rooms:
              - {name: den, polygon: [[0, 0], [3, 0], [3, 4], [0, 4]]}
              - {name: study, polygon: [[3, 0], [6, 0], [6, 4], [3, 4]]}
            doors:
              - {name: study door, from: [3.05, 1.5], to: [3.05, 2.5], connects: [den, study], open: false}
            zones:
              - {name: heater, kind: no_go, polygon: [[5.0, 3.0], [5.8, 3.0], [5.8, 3.8], [5.0, 3.8]]}
            objects:
              - {name: sock, class: small, position: [4.5, 1.0], room: study}
              - {name: couch, class: furniture, position: [1.0, 3.0], room: den}
            dock: {x: 1.0, y: 1.0, theta: 0}
            """;

    @TempDir
    Path tmp;

    private Path data() {
        return tmp.resolve("data");
    }

    @Test
    void should_import_a_ros_map_and_use_it_in_later_commands() throws Exception {
        Path yaml = writeRosMap(tmp, OVERLAY);

        CliRun imported = CliRun.of("map", "import", yaml.toString(), "--data", data().toString());

        assertThat(imported.exitCode()).as(imported.err()).isEqualTo(ExitCodes.DONE);
        assertThat(imported.out()).contains("Imported ROS map_server map " + yaml.toAbsolutePath())
                .contains("P5 (raw), 8-bit (maxval 255), 60x40 pixels) with overlay " + tmp.resolve("flat.overlay.yaml").toAbsolutePath())
                .contains("'test flat': 60 x 40 cells at 0.1 m (6.0 x 4.0 m); 2 rooms, 1 door, 1 zone, 2 objects, 0 residents; dock in the den")
                .contains("Rosie uses this map from now on");
        Files.delete(yaml); // the stored copy is what later commands read

        CliRun shown = CliRun.of("map", "show", "--data", data().toString());
        assertThat(shown.exitCode()).as(shown.err()).isEqualTo(ExitCodes.DONE);
        assertThat(shown.out()).contains("Source: imported").contains("(ROS map_server map)")
                .contains("Map: test flat: 60 x 40 cells at 0.1 m (6.00 x 4.00 m)")
                .containsPattern("den +12\\.00 m²").containsPattern("study +12\\.00 m²")
                .containsPattern("study door +closed +den - study")
                .contains("heater           no_go, 0.64 m²")
                .contains("small      study: sock").contains("furniture  den: couch")
                .contains("Dock: in the den at (1.00, 1.00), facing 0°");

        CliRun asked = CliRun.of("ask", "where is the sock?", "--data", data().toString());
        assertThat(asked.exitCode()).as(asked.err()).isEqualTo(ExitCodes.DONE);
        assertThat(asked.out().strip()).isEqualTo("The sock is in the study, at (4.5, 1.0) m, according to the map.");

        CliRun today = CliRun.of("ask", "what did you do today?", "--data", data().toString());
        assertThat(today.out()).contains("I was given a new map (test flat)");
    }

    @Test
    void should_refuse_a_bad_map_naming_file_field_and_reason_and_keep_the_current_one() throws Exception {
        Path good = Files.createDirectory(tmp.resolve("good"));
        assertThat(CliRun.of("map", "import", writeRosMap(good, OVERLAY).toString(), "--data", data().toString()).exitCode()).isZero();
        Path bad = Files.createDirectory(tmp.resolve("bad"));
        Path badYaml = writeRosMap(bad, OVERLAY.replace("class: small", "class: gadget"));

        CliRun run = CliRun.of("map", "import", badYaml.toString(), "--data", data().toString());

        assertThat(run.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(run.err().strip()).isEqualTo("rosie: " + bad.resolve("flat.overlay.yaml")
                + ": objects[0].class: unknown value 'gadget'; expected one of furniture, small, hazardous");
        assertThat(CliRun.of("map", "show", "--data", data().toString()).out()).contains("small      study: sock");

        Files.delete(bad.resolve("flat.pgm"));
        CliRun missing = CliRun.of("map", "import", badYaml.toString(), "--data", data().toString());
        assertThat(missing.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(missing.err()).contains(badYaml + ": image: image file").contains("does not exist");
    }

    @Test
    void should_draw_the_map_into_a_png() throws Exception {
        Path png = tmp.resolve("pictures/apartment.png");

        CliRun run = CliRun.of("map", "show", "--png", png.toString(), "--data", data().toString());

        assertThat(run.exitCode()).as(run.err()).isEqualTo(ExitCodes.DONE);
        assertThat(run.out()).contains("Source: the reference apartment (built in)").contains("Picture: " + png.toAbsolutePath());
        BufferedImage image = ImageIO.read(png.toFile());
        assertThat(image.getWidth()).isEqualTo(280 * 5 + 24);
        assertThat(image.getHeight()).isEqualTo(230 * 5 + 34 + 58 + 12);
    }

    @Test
    void should_explain_usage_mistakes() throws Exception {
        CliRun none = CliRun.of("map");
        assertThat(none.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(none.err()).contains("import").contains("show");

        CliRun both = CliRun.of("map", "import", "x.yaml", "--map", "y.yaml", "--data", data().toString());
        assertThat(both.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(both.err()).contains("drop --map");

        CliRun image = CliRun.of("map", "import", tmp.resolve("flat.pgm").toString(), "--data", data().toString());
        assertThat(image.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(image.err()).contains("this is a map image; import the map_server .yaml file");
    }

    static Path writeRosMap(Path dir, String overlay) throws Exception {
        int w = 60;
        int h = 40;
        byte[] header = ("P5\n" + w + " " + h + "\n255\n").getBytes(StandardCharsets.US_ASCII);
        byte[] image = new byte[header.length + w * h];
        System.arraycopy(header, 0, image, 0, header.length);
        for (int row = 0; row < h; row++) {
            for (int col = 0; col < w; col++) {
                // Row 0 is the top (y = 4 m); the door gap is y 1.5..2.5 m, rows 15..24.
                boolean wall = row == 0 || col == 0 || row == h - 1 || col == w - 1 || (col == 30 && (row < 15 || row > 24));
                image[header.length + row * w + col] = (byte) (wall ? 0 : 254);
            }
        }
        Files.write(dir.resolve("flat.pgm"), image);
        Files.writeString(dir.resolve("flat.overlay.yaml"), overlay);
        return Files.writeString(dir.resolve("flat.yaml"), YAML);
    }
}
