package dev.rosie.sim;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import dev.rosie.core.ManualClock;
import dev.rosie.core.robot.DriveCommand;
import dev.rosie.core.testing.TestMaps;
import dev.rosie.core.world.HomeMap;
import dev.rosie.core.world.ObjectClass;
import dev.rosie.core.world.OccupancyGrid;
import dev.rosie.core.world.Point;
import dev.rosie.core.world.Polygon;
import dev.rosie.core.world.Pose;
import dev.rosie.core.world.WorldObject;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

class SimDriverCollisionTest {
    private static final double R = SimConfig.DEFAULT.robotRadius();
    private final ManualClock clock = new ManualClock(Instant.parse("2025-01-01T08:00:00Z"));

    private SimDriver sim(HomeMap map, Pose start) {
        return new SimDriver(map, start, SimConfig.DEFAULT, clock);
    }

    @Test
    void should_stop_at_wall_and_press_bumper_when_driving_into_it() {
        SimDriver sim = sim(TestMaps.twoRooms(), new Pose(3.0, 0.6, 0));
        sim.drive(new DriveCommand(0.5, 0));
        sim.run(Duration.ofSeconds(5));
        double face = TestMaps.PARTITION_X0;
        assertThat(sim.truePose().x()).isLessThanOrEqualTo(face - R).isCloseTo(face - R, within(1e-4));
        var reading = sim.read();
        assertThat(reading.bumper()).isTrue();
        assertThat(reading.linear()).isZero();
        assertThat(reading.angular()).isZero();
        assertThat(sim.collisions()).isEqualTo(1);
        assertThat(sim.inContact()).isTrue();
    }

    @Test
    void should_count_one_collision_while_pushing_on_and_another_after_backing_off() {
        SimDriver sim = sim(TestMaps.twoRooms(), new Pose(3.0, 0.6, 0));
        sim.drive(new DriveCommand(0.5, 0));
        sim.run(Duration.ofSeconds(10));
        assertThat(sim.collisions()).isEqualTo(1);
        sim.drive(new DriveCommand(-0.2, 0));
        sim.run(Duration.ofSeconds(1));
        assertThat(sim.inContact()).isFalse();
        sim.drive(new DriveCommand(0.2, 0));
        sim.run(Duration.ofSeconds(3));
        assertThat(sim.collisions()).isEqualTo(2);
    }

    @Test
    void should_report_a_bump_at_the_next_reading_even_after_backing_away() {
        SimDriver sim = sim(TestMaps.twoRooms(), new Pose(3.7, 0.6, 0));
        sim.drive(new DriveCommand(0.3, 0));
        sim.run(Duration.ofSeconds(2));
        sim.drive(new DriveCommand(-0.3, 0));
        sim.run(Duration.ofSeconds(1));
        assertThat(sim.inContact()).isFalse();
        assertThat(sim.read().bumper()).as("the bump since the last reading").isTrue();
        assertThat(sim.read().bumper()).as("nothing since").isFalse();
    }

    @Test
    void should_turn_in_place_while_touching_a_wall() {
        SimDriver sim = sim(TestMaps.twoRooms(), new Pose(3.0, 0.6, 0));
        sim.drive(new DriveCommand(0.5, 0));
        sim.run(Duration.ofSeconds(5));
        double x = sim.truePose().x();
        sim.drive(new DriveCommand(0, 1.0));
        sim.run(Duration.ofSeconds(2));
        assertThat(sim.truePose().x()).isEqualTo(x);
        assertThat(sim.truePose().theta()).isGreaterThan(1.0);
        assertThat(sim.collisions()).isEqualTo(1);
    }

    @Test
    void should_never_overlap_a_wall_during_a_long_random_drive() {
        HomeMap map = TestMaps.twoRooms();
        SimDriver sim = sim(map, new Pose(2.0, 1.5, 0));
        Random commands = new Random(42);
        for (int second = 0; second < 300; second++) {
            sim.drive(new DriveCommand(commands.nextDouble(-0.6, 0.6), commands.nextDouble(-2.5, 2.5)));
            for (int i = 0; i < 50; i++) {
                sim.step();
                assertThat(clearance(map.grid(), sim.truePose())).isGreaterThanOrEqualTo(R - 1e-9);
            }
        }
        assertThat(sim.collisions()).as("a random walk in a small flat bumps into things").isPositive();
    }

    @Test
    void should_block_at_a_closed_door_and_pass_once_it_is_opened() {
        HomeMap map = TestMaps.twoRooms();
        SimDriver sim = sim(map, new Pose(3.0, 1.6, 0));
        sim.setDoorOpen(TestMaps.KITCHEN_DOOR, false);
        sim.drive(new DriveCommand(0.3, 0));
        sim.run(Duration.ofSeconds(5));
        assertThat(sim.truePose().x()).isBetween(TestMaps.PARTITION_X0 - R - 1e-3, TestMaps.PARTITION_X1 - R);
        assertThat(sim.read().bumper()).isTrue();
        assertThat(sim.collisions()).isEqualTo(1);

        sim.setDoorOpen(TestMaps.KITCHEN_DOOR, true);
        sim.drive(new DriveCommand(0.3, 0));
        sim.run(Duration.ofSeconds(5));
        assertThat(map.roomAt(sim.truePose().position()).orElseThrow().name()).isEqualTo(TestMaps.KITCHEN);
        assertThat(sim.collisions()).isEqualTo(1);
        assertThat(sim.map().door(TestMaps.KITCHEN_DOOR).orElseThrow().open())
                .as("the planner's map is not the world's physics").isTrue();
    }

    @Test
    void should_start_with_the_doors_as_the_map_has_them() {
        HomeMap closed = TestMaps.twoRooms().withDoor(TestMaps.KITCHEN_DOOR, false);
        SimDriver sim = sim(closed, new Pose(3.0, 1.6, 0));
        assertThat(sim.doorOpen(TestMaps.KITCHEN_DOOR)).isFalse();
        sim.drive(new DriveCommand(0.3, 0));
        sim.run(Duration.ofSeconds(5));
        assertThat(sim.truePose().x()).isLessThan(TestMaps.PARTITION_X1 - R);
        assertThat(sim.collisions()).isEqualTo(1);
    }

    @Test
    void should_refuse_to_close_a_door_on_the_robot() {
        SimDriver sim = sim(TestMaps.twoRooms(), new Pose(4.05, 1.6, 0));
        assertThatThrownBy(() -> sim.setDoorOpen(TestMaps.KITCHEN_DOOR, false))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("doorway");
        assertThat(sim.doorOpen(TestMaps.KITCHEN_DOOR)).isTrue();
    }

    @Test
    void should_name_the_known_doors_when_asked_for_an_unknown_one() {
        SimDriver sim = sim(TestMaps.twoRooms(), new Pose(2.0, 1.5, 0));
        assertThatThrownBy(() -> sim.setDoorOpen("garage door", true))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("kitchen door");
    }

    @Test
    void should_refuse_a_start_pose_that_overlaps_a_wall() {
        assertThatThrownBy(() -> sim(TestMaps.twoRooms(), new Pose(0.2, 1.5, 0)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("cannot start");
    }

    @Test
    void should_stop_at_furniture_the_map_marks_as_an_obstacle() {
        HomeMap base = TestMaps.twoRooms();
        List<WorldObject> objects = new ArrayList<>(base.objects());
        objects.add(new WorldObject("sofa", ObjectClass.FURNITURE, new Point(3.0, 0.5),
                TestMaps.LIVING_ROOM, Optional.of(Polygon.rectangle(2.5, 0.1, 3.5, 1.0)), true, Set.of()));
        HomeMap withSofa = new HomeMap(base.name(), base.grid(), base.rooms(), base.doors(), base.zones(), objects, base.dock());
        SimDriver sim = sim(withSofa, new Pose(1.5, 0.5, 0));
        sim.drive(new DriveCommand(0.3, 0));
        sim.run(Duration.ofSeconds(5));
        assertThat(sim.truePose().x()).isCloseTo(2.5 - R, within(1e-4));
        assertThat(sim.collisions()).isEqualTo(1);
    }

    @Test
    void should_count_an_entry_when_the_robot_drives_into_a_no_go_zone() {
        SimDriver sim = sim(TestMaps.twoRooms(), new Pose(0.6, 1.5, Math.PI / 2));
        sim.drive(new DriveCommand(0.3, 0));
        sim.run(Duration.ofSeconds(10));
        assertThat(sim.noGoEntries()).isEqualTo(1);
        assertThat(sim.noGoZonesEntered()).containsExactly(TestMaps.STAIRS);
        sim.drive(new DriveCommand(-0.3, 0));
        sim.run(Duration.ofSeconds(4));
        sim.drive(new DriveCommand(0.3, 0));
        sim.run(Duration.ofSeconds(4));
        assertThat(sim.noGoEntries()).isEqualTo(2);
        assertThat(sim.noGoZonesEntered()).containsExactly(TestMaps.STAIRS);
    }

    @Test
    void should_count_no_entry_when_the_robot_drives_past_a_no_go_zone() {
        SimDriver sim = sim(TestMaps.twoRooms(), new Pose(1.4, 0.5, Math.PI / 2));
        sim.drive(new DriveCommand(0.3, 0));
        sim.run(Duration.ofSeconds(10));
        assertThat(sim.truePose().y()).isGreaterThan(2.8);
        assertThat(sim.noGoEntries()).isZero();
        assertThat(sim.noGoZonesEntered()).isEmpty();
    }

    @Test
    void should_count_a_start_inside_a_no_go_zone_as_an_entry() {
        SimDriver sim = sim(TestMaps.twoRooms(), new Pose(0.5, 2.6, 0));
        assertThat(sim.noGoEntries()).isEqualTo(1);
    }

    /** The distance from the robot's centre to the nearest non-free cell, computed independently. */
    private static double clearance(OccupancyGrid grid, Pose pose) {
        double best = Double.MAX_VALUE;
        double res = grid.resolution();
        int cx = (int) Math.floor(pose.x() / res);
        int cy = (int) Math.floor(pose.y() / res);
        for (int iy = cy - 10; iy <= cy + 10; iy++) {
            for (int ix = cx - 10; ix <= cx + 10; ix++) {
                if (grid.isFree(ix, iy)) {
                    continue;
                }
                double dx = Math.max(0, Math.max(ix * res - pose.x(), pose.x() - (ix + 1) * res));
                double dy = Math.max(0, Math.max(iy * res - pose.y(), pose.y() - (iy + 1) * res));
                best = Math.min(best, Math.hypot(dx, dy));
            }
        }
        return best;
    }
}
