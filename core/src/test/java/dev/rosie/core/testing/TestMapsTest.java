package dev.rosie.core.testing;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rosie.core.world.Cell;
import dev.rosie.core.world.HomeMap;
import dev.rosie.core.world.OccupancyGrid;
import dev.rosie.core.world.Point;
import org.junit.jupiter.api.Test;

class TestMapsTest {
    private final HomeMap map = TestMaps.twoRooms();
    private final OccupancyGrid grid = map.grid();

    private boolean free(double x, double y) {
        return grid.isFree(grid.cellOf(new Point(x, y)));
    }

    @Test
    void should_have_walls_around_and_between_the_rooms() {
        assertThat(grid.width()).isEqualTo(144);
        assertThat(grid.height()).isEqualTo(64);
        assertThat(free(0.05, 1.5)).isFalse();
        assertThat(free(7.15, 1.5)).isFalse();
        assertThat(free(2.0, 0.05)).isFalse();
        assertThat(free(2.0, 3.15)).isFalse();
        assertThat(free(4.05, 0.5)).isFalse();
        assertThat(free(4.05, 2.5)).isFalse();
        assertThat(free(0.12, 1.5)).isTrue();
        assertThat(free(3.98, 0.5)).isTrue();
    }

    @Test
    void should_leave_the_doorway_free_and_put_the_door_across_it() {
        assertThat(free(4.05, 1.22)).isTrue();
        assertThat(free(4.05, 1.98)).isTrue();
        assertThat(free(4.05, 1.18)).isFalse();
        assertThat(free(4.05, 2.02)).isFalse();
        var door = map.door(TestMaps.KITCHEN_DOOR).orElseThrow();
        assertThat(door.open()).isTrue();
        assertThat(door.connects()).containsExactly(TestMaps.LIVING_ROOM, TestMaps.KITCHEN);
        assertThat(door.midpoint()).isEqualTo(new Point(4.05, 1.6));
    }

    @Test
    void should_place_things_in_the_rooms_they_name() {
        assertThat(map.roomAt(map.dock().position()).orElseThrow().name()).isEqualTo(TestMaps.LIVING_ROOM);
        assertThat(map.roomAt(TestMaps.KITCHEN_KNIFE_AT).orElseThrow().name()).isEqualTo(TestMaps.KITCHEN);
        assertThat(map.object(TestMaps.KITCHEN_KNIFE).orElseThrow().hazardous()).isTrue();
        assertThat(map.noGoZonesAt(new Point(0.5, 2.6))).extracting(z -> z.name()).containsExactly(TestMaps.STAIRS);
        assertThat(map.noGoZonesAt(map.dock().position())).isEmpty();
        assertThat(free(0.5, 2.6)).as("stairs are drivable floor; only the zone forbids them").isTrue();
    }

    @Test
    void should_leave_room_for_the_robot_at_the_dock() {
        Cell dock = grid.cellOf(map.dock().position());
        int clearance = (int) Math.ceil(0.17 / TestMaps.RESOLUTION);
        for (int dx = -clearance; dx <= clearance; dx++) {
            for (int dy = -clearance; dy <= clearance; dy++) {
                assertThat(grid.isFree(dock.ix() + dx, dock.iy() + dy)).isTrue();
            }
        }
    }

    @Test
    void should_build_an_open_room_of_the_asked_size() {
        HomeMap room = TestMaps.openRoom(5, 4);
        assertThat(room.grid().widthMetres()).isCloseTo(5.2, org.assertj.core.api.Assertions.within(1e-9));
        assertThat(room.room(TestMaps.OPEN_ROOM).orElseThrow().area().area())
                .isCloseTo(20, org.assertj.core.api.Assertions.within(1e-9));
        assertThat(room.grid().isFree(room.grid().cellOf(room.dock().position()))).isTrue();
        assertThat(room.grid().isFree(0, 0)).isFalse();
    }
}
