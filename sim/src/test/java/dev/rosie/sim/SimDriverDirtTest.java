package dev.rosie.sim;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import dev.rosie.core.ManualClock;
import dev.rosie.core.robot.DriveCommand;
import dev.rosie.core.testing.TestMaps;
import dev.rosie.core.world.Point;
import dev.rosie.core.world.Pose;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SimDriverDirtTest {
    private final ManualClock clock = new ManualClock(Instant.parse("2025-01-01T08:00:00Z"));

    private SimDriver twoRooms(SimConfig config, Pose start) {
        return new SimDriver(TestMaps.twoRooms(), start, config, clock);
    }

    @Test
    void should_start_every_room_dirty_with_levels_that_depend_on_the_seed() {
        Map<String, RoomDirt> a = new SimDriver(Apartment.map(), List.of(), Apartment.HALLWAY, SimConfig.exact(), clock).dirt();
        Map<String, RoomDirt> b = new SimDriver(Apartment.map(), List.of(), Apartment.HALLWAY, SimConfig.exact(), clock).dirt();
        Map<String, RoomDirt> other = new SimDriver(Apartment.map(), List.of(), Apartment.HALLWAY,
                SimConfig.exact().withSeed(5), clock).dirt();
        assertThat(a.keySet()).containsExactlyElementsOf(Apartment.map().roomNames());
        assertThat(a).isEqualTo(b);
        assertThat(other).isNotEqualTo(a);
        for (RoomDirt room : a.values()) {
            assertThat(room.cleanableCells()).as(room.room()).isPositive();
            assertThat(room.coveredCells()).isZero();
            assertThat(room.residualGrams()).isEqualTo(room.initialGrams()).isPositive();
            // 2 g/m² on average, each room between 1 and 3 g/m², cells within half of that again.
            double perSquareMetre = room.initialGrams() / (room.cleanableCells() * 0.0025);
            assertThat(perSquareMetre).as(room.room()).isBetween(1.0, 3.0);
        }
        assertThat(a.values().stream().mapToDouble(r -> r.initialGrams() / r.cleanableCells()).distinct().count())
                .as("rooms differ").isEqualTo(a.size());
    }

    @Test
    void should_leave_no_dirt_to_clean_under_furniture_or_in_no_go_zones() {
        SimDriver sim = new SimDriver(Apartment.map(), List.of(), Apartment.HALLWAY, SimConfig.exact(), clock);
        assertThat(sim.dirtAt(new Point(1.3, 5.95))).as("under the sofa").isZero();
        assertThat(sim.dirtAt(new Point(13.0, 7.25))).as("on the stairs").isZero();
        assertThat(sim.dirtAt(new Point(2.5, 0.2))).as("at the balcony edge").isZero();
        assertThat(sim.dirtAt(new Point(3.0, 4.0))).as("on the rug").isPositive();
    }

    @Test
    void should_remove_dirt_under_the_footprint_only_while_suction_runs() {
        SimDriver sim = twoRooms(SimConfig.exact(), new Pose(1.0, 1.5, 0));
        Point onPath = new Point(2.0, 1.5);
        Point besidePath = new Point(2.0, 1.5 + 0.3);
        double before = sim.dirtAt(onPath);
        double beside = sim.dirtAt(besidePath);
        sim.drive(new DriveCommand(0.3, 0));
        sim.run(Duration.ofSeconds(5));
        assertThat(sim.dirtAt(onPath)).as("suction off").isEqualTo(before);
        assertThat(sim.coveredAt(onPath)).isFalse();

        sim.drive(new DriveCommand(-0.3, 0));
        sim.suction(true);
        sim.run(Duration.ofSeconds(5));
        // A 0.34 m body at 0.3 m/s stands over a cell on its centre line for about 1.1 s: e^-3.4 of the dirt is left.
        assertThat(sim.dirtAt(onPath)).isLessThan(before * 0.05).isPositive();
        assertThat(sim.coveredAt(onPath)).isTrue();
        assertThat(sim.dirtAt(besidePath)).as("outside the footprint").isEqualTo(beside);
        assertThat(sim.coveredAt(besidePath)).isFalse();
    }

    @Test
    void should_report_coverage_and_residual_dirt_per_room() {
        SimDriver sim = twoRooms(SimConfig.exact(), new Pose(1.0, 1.5, 0));
        RoomDirt before = sim.dirt(TestMaps.LIVING_ROOM);
        sim.suction(true);
        sim.drive(new DriveCommand(0.25, 0));
        sim.run(Duration.ofSeconds(10));
        RoomDirt after = sim.dirt(TestMaps.LIVING_ROOM);
        // A 0.34 m wide stripe about 2.6 m long, in a 3.9 m x 3.0 m room minus the stairs.
        double stripe = 0.34 * (after.coveredCells() * 0.0025 / 0.34);
        assertThat(after.coveredCells()).isPositive();
        assertThat(after.coverage()).isCloseTo(stripe / (after.cleanableCells() * 0.0025), within(1e-9))
                .isBetween(0.05, 0.12);
        assertThat(after.residualGrams()).isLessThan(before.residualGrams());
        assertThat(after.residualFraction()).isBetween(0.85, 0.97);
        assertThat(sim.dirt(TestMaps.KITCHEN)).as("the kitchen is untouched").isEqualTo(twoRooms(SimConfig.exact(),
                new Pose(1.0, 1.5, 0)).dirt(TestMaps.KITCHEN));
    }

    @Test
    void should_name_the_rooms_when_asked_for_an_unknown_one() {
        SimDriver sim = twoRooms(SimConfig.exact(), new Pose(1.0, 1.5, 0));
        assertThatThrownBy(() -> sim.dirt("garage")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("garage").hasMessageContaining("kitchen");
    }
}
