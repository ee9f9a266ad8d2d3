package dev.rosie.perception.vision;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;

class TextRegionsTest {
    private static void fill(float[] map, int width, int x0, int y0, int w, int h, float p) {
        for (int y = y0; y < y0 + h; y++) {
            for (int x = x0; x < x0 + w; x++) {
                map[y * width + x] = p;
            }
        }
    }

    @Test
    void should_find_each_region_and_grow_it_by_the_unclip_distance() {
        float[] map = new float[100 * 50];
        fill(map, 100, 10, 10, 40, 8, 0.9f);
        fill(map, 100, 60, 30, 20, 10, 0.8f);
        List<Box> boxes = TextRegions.readingOrder(TextRegions.find(map, 100, 50, 0.3f, 0.6f, 1.5));
        assertThat(boxes).hasSize(2);
        // 40 x 8: grows by 40*8*1.5 / (2*48) = 5 on every side.
        Box first = boxes.getFirst();
        assertThat(first.x()).isCloseTo(5, within(1e-9));
        assertThat(first.y()).isCloseTo(5, within(1e-9));
        assertThat(first.width()).isCloseTo(50, within(1e-9));
        assertThat(first.height()).isCloseTo(18, within(1e-9));
        assertThat(boxes.get(1).x()).isGreaterThan(50);
    }

    @Test
    void should_drop_faint_regions_and_specks() {
        float[] map = new float[100 * 50];
        fill(map, 100, 10, 10, 40, 8, 0.45f);
        fill(map, 100, 70, 30, 2, 2, 0.99f);
        assertThat(TextRegions.find(map, 100, 50, 0.3f, 0.6f, 1.5)).isEmpty();
    }

    @Test
    void should_order_boxes_by_line_then_left_to_right() {
        Box right = new Box(50, 10, 30, 10);
        Box left = new Box(5, 12, 30, 10);
        Box below = new Box(0, 40, 30, 10);
        assertThat(TextRegions.readingOrder(List.of(below, right, left))).containsExactly(left, right, below);
    }
}
