package dev.rosie.worldmodel.map;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A small ROS map_server map written by tests: 40 x 30 pixels at 0.1 m, origin (-1, -0.5). Black
 * (0) border walls, a wall at column 20 with a 1 m gap (the study door) in rows 10-19, free (254)
 * floor, and a 4 x 4 unknown (205) patch at the top right: the values map_saver writes.
 */
final class RosTinyMap {
    static final int WIDTH = 40;
    static final int HEIGHT = 30;
    static final int OCCUPIED = 0;
    static final int FREE = 254;
    static final int UNKNOWN = 205;

    static final String YAML = """
            image: tiny.pgm
            resolution: 0.1
            origin: [-1.0, -0.5, 0.0]
            negate: 0
            occupied_thresh: 0.65
            free_thresh: 0.196
            """;

    static final String OVERLAY = """
            name: tiny ros
            rooms:
              - name: den
                polygon: [[-1, -0.5], [1, -0.5], [1, 2.5], [-1, 2.5]]
              - name: study
                polygon: [[1, -0.5], [3, -0.5], [3, 2.5], [1, 2.5]]
            doors:
              - {name: study door, from: [1.05, 0.5], to: [1.05, 1.5], connects: [den, study], open: true}
            zones:
              - {name: corner, kind: no_go, polygon: [[2.5, 2.0], [2.9, 2.0], [2.9, 2.4], [2.5, 2.4]]}
            objects:
              - {name: chair, class: furniture, position: [0.0, 1.0], room: den}
              - {name: sock, class: small, position: [2.0, 0.0], room: study}
            dock: {x: -0.5, y: 0.0, theta: 0}
            residents:
              - {name: pat, kind: person, position: [2.5, 1.0], room: study}
            """;

    private RosTinyMap() {
    }

    /** The image, row 0 at the top, as map_saver would write it. */
    static int[] pixels() {
        int[] p = new int[WIDTH * HEIGHT];
        for (int row = 0; row < HEIGHT; row++) {
            for (int col = 0; col < WIDTH; col++) {
                boolean border = row == 0 || col == 0 || row == HEIGHT - 1 || col == WIDTH - 1;
                boolean divider = col == 20 && (row < 10 || row > 19);
                boolean unknown = col >= 35 && col <= 38 && row >= 1 && row <= 4;
                p[row * WIDTH + col] = border || divider ? OCCUPIED : unknown ? UNKNOWN : FREE;
            }
        }
        return p;
    }

    /** Writes tiny.yaml, tiny.pgm (P2 or P5) and tiny.overlay.yaml into {@code dir}; returns the YAML's path. */
    static Path write(Path dir, boolean plain) throws IOException {
        return write(dir, YAML, OVERLAY, plain ? Pgm.p2(WIDTH, HEIGHT, 255, pixels()) : Pgm.p5(WIDTH, HEIGHT, 255, pixels()));
    }

    static Path write(Path dir, String yaml, String overlay, byte[] image) throws IOException {
        Files.write(dir.resolve("tiny.pgm"), image);
        Files.writeString(dir.resolve("tiny.overlay.yaml"), overlay);
        return Files.writeString(dir.resolve("tiny.yaml"), yaml);
    }

    /** The YAML with one exact fragment replaced; fails if the fragment is not there exactly once. */
    static String yamlWith(String fragment, String replacement) {
        return replaceOnce(YAML, fragment, replacement);
    }

    static String overlayWith(String fragment, String replacement) {
        return replaceOnce(OVERLAY, fragment, replacement);
    }

    private static String replaceOnce(String text, String fragment, String replacement) {
        int first = text.indexOf(fragment);
        assertThat(first).as("fragment '%s'", fragment).isNotNegative();
        assertThat(text.indexOf(fragment, first + 1)).as("fragment '%s' appears once", fragment).isNegative();
        return text.replace(fragment, replacement);
    }
}
