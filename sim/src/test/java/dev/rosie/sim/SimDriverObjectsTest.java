package dev.rosie.sim;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import dev.rosie.core.ManualClock;
import dev.rosie.core.robot.Capability;
import dev.rosie.core.robot.DriveCommand;
import dev.rosie.core.testing.TestMaps;
import dev.rosie.core.world.HomeMap;
import dev.rosie.core.world.ObjectClass;
import dev.rosie.core.world.Point;
import dev.rosie.core.world.Polygon;
import dev.rosie.core.world.Pose;
import dev.rosie.core.world.WorldObject;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class SimDriverObjectsTest {
    private static final double R = SimConfig.DEFAULT.robotRadius();
    /** The toy car lies 0.4 m ahead of the start pose used below; the gripper holds it there. */
    private static final double HOLD = 0.4;
    private final ManualClock clock = new ManualClock(Instant.parse("2025-01-01T08:00:00Z"));

    private SimDriver sim(HomeMap map, Pose start) {
        return new SimDriver(map, start, SimConfig.exact(), clock);
    }

    private static ObjectState object(SimDriver sim, String name) {
        return sim.objects().stream().filter(o -> o.name().equals(name)).findFirst().orElseThrow();
    }

    /** The two-room map with a side table in the living room, x 1.8..2.4, y 2.0..2.6, east of the stairs. */
    private static HomeMap withTable() {
        HomeMap base = TestMaps.twoRooms();
        List<WorldObject> objects = new ArrayList<>(base.objects());
        objects.add(new WorldObject("side table", ObjectClass.FURNITURE, new Point(2.1, 2.3), TestMaps.LIVING_ROOM,
                Optional.of(Polygon.rectangle(1.8, 2.0, 2.4, 2.6)), true, Set.of()));
        return new HomeMap(base.name(), base.grid(), base.rooms(), base.doors(), base.zones(), objects, base.dock());
    }

    @Test
    void should_declare_a_gripper_and_a_door_opener() {
        assertThat(sim(TestMaps.twoRooms(), new Pose(2.0, 1.5, 0)).capabilities())
                .contains(Capability.GRIPPER, Capability.DOOR_OPENER);
    }

    @Test
    void should_pick_up_carry_and_put_down_a_small_object() {
        SimDriver sim = sim(TestMaps.twoRooms(), new Pose(2.1, 1.0, 0));
        assertThat(object(sim, TestMaps.TOY_CAR).support()).isEqualTo(ObjectState.FLOOR);
        assertThat(sim.grip(TestMaps.TOY_CAR)).isEqualTo(ManipulationResult.DONE);
        assertThat(sim.carrying()).contains(TestMaps.TOY_CAR);
        assertThat(object(sim, TestMaps.TOY_CAR).carried()).isTrue();

        sim.drive(new DriveCommand(0, 1.0));
        sim.run(Duration.ofSeconds(2));
        sim.drive(new DriveCommand(0.3, 0));
        sim.run(Duration.ofSeconds(2));
        sim.drive(DriveCommand.ZERO);
        sim.run(Duration.ofSeconds(1));
        Pose pose = sim.truePose();
        Point held = new Point(pose.x() + HOLD * Math.cos(pose.theta()), pose.y() + HOLD * Math.sin(pose.theta()));
        assertThat(object(sim, TestMaps.TOY_CAR).position().distanceTo(held)).isLessThan(1e-9);

        assertThat(sim.release()).isEqualTo(ManipulationResult.DONE);
        ObjectState placed = object(sim, TestMaps.TOY_CAR);
        assertThat(placed.support()).isEqualTo(ObjectState.FLOOR);
        assertThat(placed.upright()).isTrue();
        assertThat(placed.moved()).isTrue();
        assertThat(placed.position().distanceTo(held)).isLessThan(1e-9);
        assertThat(sim.carrying()).isEmpty();
        assertThat(sim.unsafeEvents()).as("a toy car put down gently is nothing unsafe").isEmpty();
    }

    @Test
    void should_not_reach_an_object_too_far_away_or_behind_the_body() {
        assertThat(sim(TestMaps.twoRooms(), new Pose(1.5, 1.0, 0)).grip(TestMaps.TOY_CAR))
                .isEqualTo(ManipulationResult.OUT_OF_REACH);
        assertThat(sim(TestMaps.twoRooms(), new Pose(2.8, 1.0, 0)).grip(TestMaps.TOY_CAR))
                .isEqualTo(ManipulationResult.OUT_OF_REACH);
    }

    @Test
    void should_explain_why_nothing_was_gripped_or_released() {
        SimDriver sim = sim(withTable(), new Pose(2.1, 1.0, 0));
        assertThat(sim.release()).isEqualTo(ManipulationResult.GRIPPER_EMPTY);
        assertThat(sim.grip("side table")).isEqualTo(ManipulationResult.NOT_MOVABLE);
        sim.drive(new DriveCommand(0.2, 0));
        sim.run(Duration.ofMillis(500));
        assertThat(sim.grip(TestMaps.TOY_CAR)).isEqualTo(ManipulationResult.MOVING);
        sim.drive(DriveCommand.ZERO);
        sim.run(Duration.ofMillis(500));
        assertThat(sim.grip(TestMaps.TOY_CAR)).isEqualTo(ManipulationResult.DONE);
        assertThat(sim.grip(TestMaps.KITCHEN_KNIFE)).isEqualTo(ManipulationResult.GRIPPER_FULL);
        assertThatThrownBy(() -> sim.grip("teapot")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("teapot").hasMessageContaining(TestMaps.TOY_CAR);
    }

    /** Turns in place to {@code heading}, then drives slowly until the centre passes {@code y}, and stops. */
    private static void approach(SimDriver sim, double heading, double y) {
        sim.drive(new DriveCommand(0, Math.signum(heading - sim.truePose().theta()) * 0.5));
        for (int i = 0; i < 1000 && Math.abs(sim.truePose().theta() - heading) > 0.02; i++) {
            sim.step();
        }
        boolean north = Math.sin(heading) > 0;
        sim.drive(new DriveCommand(0.1, 0));
        for (int i = 0; i < 3000 && (north ? sim.truePose().y() < y : sim.truePose().y() > y); i++) {
            sim.step();
        }
        assertThat(north ? sim.truePose().y() >= y : sim.truePose().y() <= y).as("reached %s", y).isTrue();
        sim.drive(DriveCommand.ZERO);
        sim.run(Duration.ofSeconds(1));
    }

    @Test
    void should_find_no_room_to_put_something_down_inside_a_wall() {
        SimDriver sim = sim(TestMaps.twoRooms(), new Pose(2.1, 1.0, 0));
        sim.grip(TestMaps.TOY_CAR);
        approach(sim, -Math.PI / 2, 0.1 + R + 0.02); // 2 cm short of the south wall
        assertThat(sim.collisions()).isZero();
        assertThat(sim.release()).isEqualTo(ManipulationResult.NO_ROOM);
        assertThat(sim.carrying()).contains(TestMaps.TOY_CAR);
    }

    @Test
    void should_put_an_object_on_the_furniture_in_front() {
        SimDriver sim = sim(withTable(), new Pose(2.1, 1.0, 0));
        sim.grip(TestMaps.TOY_CAR);
        approach(sim, Math.PI / 2, 2.0 - R - 0.02); // 2 cm short of the table
        assertThat(sim.collisions()).isZero();
        assertThat(sim.release()).isEqualTo(ManipulationResult.DONE);
        assertThat(object(sim, TestMaps.TOY_CAR).support()).isEqualTo("side table");
        assertThat(object(sim, TestMaps.TOY_CAR).upright()).isTrue();
    }

    @Test
    void should_shake_a_carried_object_loose_when_the_body_bumps_into_something() {
        SimDriver sim = sim(withTable(), new Pose(2.1, 1.0, 0));
        sim.grip(TestMaps.TOY_CAR);
        approach(sim, Math.PI / 2, 1.5);
        sim.drive(new DriveCommand(0.2, 0));
        sim.run(Duration.ofSeconds(3));
        assertThat(sim.collisions()).isEqualTo(1);
        assertThat(sim.carrying()).isEmpty();
        assertThat(object(sim, TestMaps.TOY_CAR).upright()).isFalse();
        assertThat(sim.unsafeEvents()).extracting(UnsafeEvent::kind).contains(UnsafeEvent.Kind.OBJECT_DROPPED);
    }

    @Test
    void should_know_what_the_reference_apartments_objects_rest_on() {
        SimDriver sim = new SimDriver(Apartment.map(), List.of(), Apartment.HALLWAY, SimConfig.exact(), clock);
        assertThat(object(sim, "laptop").support()).isEqualTo("desk");
        assertThat(object(sim, "glass vase").support()).isEqualTo("dining table");
        assertThat(object(sim, "medicine cabinet").support()).isEqualTo(ObjectState.WALL);
        assertThat(object(sim, "sock").support()).isEqualTo(ObjectState.FLOOR);
        assertThat(object(sim, "kitchen knife").hazardous()).isTrue();
        assertThat(sim.objects()).extracting(ObjectState::name).doesNotContain("sofa", "rug", "stove", "crib");
    }

    @Test
    void should_knock_over_and_push_an_object_on_the_floor_without_stopping() {
        SimDriver sim = sim(TestMaps.twoRooms(), new Pose(1.5, 1.0, 0));
        sim.drive(new DriveCommand(0.3, 0));
        sim.run(Duration.ofSeconds(5));
        ObjectState car = object(sim, TestMaps.TOY_CAR);
        assertThat(car.upright()).isFalse();
        assertThat(car.position().x()).as("pushed ahead of the body")
                .isCloseTo(sim.truePose().x() + R + SimConfig.DEFAULT.world().objectRadius(), within(1e-9));
        assertThat(sim.collisions()).isZero();
    }
}
