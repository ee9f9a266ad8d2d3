package dev.rosie.worldmodel.map;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rosie.core.world.OccupancyGrid;
import dev.rosie.core.world.Point;
import dev.rosie.core.world.Polygon;
import java.util.List;
import org.junit.jupiter.api.Test;

class GridRasterizerTest {
    private final GridFrame frame = new GridFrame(0.05, new Point(0, 0), 40, 20);
    private final GridRasterizer rasterizer = new GridRasterizer(frame);
    private final Polygon floor = Polygon.rectangle(0, 0, 2, 1);

    @Test
    void should_leave_cells_outside_all_floor_unknown() {
        OccupancyGrid grid = rasterizer.paint(List.of(new GridRasterizer.Floor(Polygon.rectangle(0, 0, 1, 1))));
        assertThat(grid.get(5, 5)).isEqualTo(OccupancyGrid.FREE);
        assertThat(grid.get(30, 5)).isEqualTo(OccupancyGrid.UNKNOWN);
    }

    @Test
    void should_draw_walls_two_cells_thick_with_flat_ends() {
        OccupancyGrid grid = rasterizer.paint(List.of(new GridRasterizer.Floor(floor),
                new GridRasterizer.Wall(new Point(1, 0), new Point(1, 0.5), 0.10)));
        assertThat(grid.get(19, 3)).isEqualTo(OccupancyGrid.OCCUPIED);
        assertThat(grid.get(20, 3)).isEqualTo(OccupancyGrid.OCCUPIED);
        assertThat(grid.get(18, 3)).isEqualTo(OccupancyGrid.FREE);
        assertThat(grid.get(21, 3)).isEqualTo(OccupancyGrid.FREE);
        // The wall ends at y = 0.5: row 9 (0.45..0.5) is wall, row 10 (0.5..0.55) is not.
        assertThat(grid.get(19, 9)).isEqualTo(OccupancyGrid.OCCUPIED);
        assertThat(grid.get(19, 10)).isEqualTo(OccupancyGrid.FREE);
    }

    @Test
    void should_let_openings_cut_walls_and_obstacles_win_last() {
        OccupancyGrid grid = rasterizer.paint(List.of(new GridRasterizer.Floor(floor),
                new GridRasterizer.Wall(new Point(1, 0), new Point(1, 1), 0.10),
                new GridRasterizer.Opening(new Point(1, 0.2), new Point(1, 0.8), 0.10),
                new GridRasterizer.Obstacle(Polygon.rectangle(0.2, 0.2, 0.4, 0.4))));
        assertThat(grid.isFree(19, 10)).isTrue();
        assertThat(grid.isFree(20, 10)).isTrue();
        assertThat(grid.isFree(19, 2)).as("wall below the opening").isFalse();
        assertThat(grid.isFree(19, 17)).as("wall above the opening").isFalse();
        assertThat(grid.get(5, 5)).isEqualTo(OccupancyGrid.OCCUPIED);
    }
}
