package dev.rosie.worldmodel.view;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.rosie.core.ManualClock;
import dev.rosie.core.RosieException;
import dev.rosie.core.world.HomeMap;
import dev.rosie.worldmodel.map.RosieMapLoader;
import java.awt.Color;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The picture shows the grid where the grid is, and marks zones and doors in their colours. */
class MapPainterTest {
    private final HomeMap apartment = new RosieMapLoader(new ManualClock(Instant.parse("2026-03-01T08:00:00Z")))
            .referenceApartment().map();

    @Test
    void should_draw_cells_zones_and_doors_where_they_are() {
        MapPainter painter = new MapPainter(apartment);
        BufferedImage img = painter.paint();

        assertThat(painter.scale()).isEqualTo(5);
        assertThat(img.getWidth()).isEqualTo(280 * 5 + 2 * MapPainter.MARGIN);
        assertThat(colour(img, painter, 0.02, 3.0)).as("west wall").isEqualTo(MapPainter.OCCUPIED);
        assertThat(colour(img, painter, 13.0, 3.0)).as("outside, east of the kitchen").isEqualTo(MapPainter.UNKNOWN);
        assertThat(colour(img, painter, 11.6, 6.2)).as("kitchen floor, away from labels").isEqualTo(MapPainter.FREE);
        Color stairs = colour(img, painter, 12.3, 6.7);
        assertThat(stairs.getRed()).as("stairs zone is tinted or hatched red: %s", stairs).isGreaterThan(stairs.getGreen() + 30);
        // The front door (closed) runs along x = 0 from y 6.75 to 7.75.
        assertThat(colour(img, painter, 0.0, 7.0)).as("front door").isEqualTo(MapPainter.DOOR_CLOSED);
        // The bathroom door (open) runs along y = 8 from x 8 to 9.
        assertThat(colour(img, painter, 8.3, 8.0)).as("bathroom door").isEqualTo(MapPainter.DOOR_OPEN);
    }

    @Test
    void should_write_a_png_that_reads_back(@TempDir Path tmp) throws Exception {
        Path file = tmp.resolve("out/map.png");
        new MapPainter(apartment).writePng(file);
        BufferedImage back = ImageIO.read(file.toFile());
        assertThat(back.getWidth()).isEqualTo(280 * 5 + 2 * MapPainter.MARGIN);

        Path blocked = Files.writeString(tmp.resolve("file"), "x");
        assertThatThrownBy(() -> new MapPainter(apartment).writePng(blocked.resolve("map.png")))
                .isInstanceOf(RosieException.class).hasMessageContaining("cannot write the map picture");
    }

    @Test
    void should_summarise_rooms_doors_zones_objects_and_dock() {
        String text = String.join("\n", MapSummary.lines(apartment, java.util.List.of()));
        assertThat(text).contains("Map: reference apartment: 280 x 230 cells at 0.05 m (14.00 x 11.50 m), origin (0, 0)")
                .containsPattern("kitchen +22\\.50 m²")
                .containsPattern("nursery door +closed +hallway - nursery")
                .contains("stairs           no_go, 3.00 m² around (13.00, 7.25)")
                .contains("hazardous  kitchen: stove (obstacle), knife block, kitchen knife, bleach bottle")
                .contains("           bathroom: medicine cabinet")
                .contains("Dock: in the hallway at (6.00, 6.80), facing 90°");
    }

    private static Color colour(BufferedImage img, MapPainter p, double x, double y) {
        return new Color(img.getRGB((int) p.px(x) + 1, (int) p.py(y) + 1));
    }
}
