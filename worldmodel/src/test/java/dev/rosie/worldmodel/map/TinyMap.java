package dev.rosie.worldmodel.map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A minimal valid map for malformed-input tests: each test breaks exactly one line of it, so a
 * failure can only come from that line. Two 2x3 m rooms joined by a 1 m door.
 */
final class TinyMap {
    static final String SOURCE = "tiny.yaml";

    static final String YAML = """
            name: tiny
            resolution: 0.05
            size: {width: 4.0, height: 3.0}
            origin: [0, 0]
            wall_thickness: 0.10
            walls:
              - [0, 0, 4, 0]
              - [0, 3, 4, 3]
              - [0, 0, 0, 3]
              - [4, 0, 4, 3]
              - [2, 0, 2, 1]
              - [2, 2, 2, 3]
            rooms:
              - name: den
                polygon: [[0, 0], [2, 0], [2, 3], [0, 3]]
              - name: study
                polygon: [[2, 0], [4, 0], [4, 3], [2, 3]]
            doors:
              - name: study door
                from: [2, 1]
                to: [2, 2]
                connects: [den, study]
                open: true
            zones:
              - name: corner
                kind: no_go
                polygon: [[3.5, 2.5], [4, 2.5], [4, 3], [3.5, 3]]
            objects:
              - name: chair
                class: furniture
                position: [1.0, 2.0]
                room: den
                footprint: [0.8, 1.8, 1.2, 2.2]
                obstacle: true
            dock: {x: 0.5, y: 0.5, theta: 0}
            residents:
              - name: pat
                kind: person
                position: [3.0, 1.5]
                room: study
            """;

    private TinyMap() {
    }

    /** The tiny map with one exact fragment replaced; fails if the fragment is not there exactly once. */
    static String with(String fragment, String replacement) {
        int first = YAML.indexOf(fragment);
        assertThat(first).as("fragment '%s' in the tiny map", fragment).isNotNegative();
        assertThat(YAML.indexOf(fragment, first + 1)).as("fragment '%s' appears once", fragment).isNegative();
        return YAML.replace(fragment, replacement);
    }
}
