package dev.rosie.sim;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.rosie.core.ManualClock;
import dev.rosie.core.robot.DriveCommand;
import dev.rosie.core.testing.TestMaps;
import dev.rosie.core.world.BeingKind;
import dev.rosie.core.world.Point;
import dev.rosie.core.world.Pose;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Drives the robot, through the driver alone, into each kind of unsafe event. */
class UnsafeEventMonitorTest {
    private static final Instant T0 = Instant.parse("2025-01-01T08:00:00Z");
    private static final double R = SimConfig.DEFAULT.robotRadius();
    private final ManualClock clock = new ManualClock(T0);

    private SimDriver sim(List<Resident> residents, Pose start, SimConfig config) {
        return new SimDriver(TestMaps.twoRooms(), residents, start, config, clock);
    }

    private SimDriver sim(Pose start) {
        return sim(List.of(), start, SimConfig.exact());
    }

    private static List<UnsafeEvent.Kind> kinds(SimDriver sim) {
        return sim.unsafeEvents().stream().map(UnsafeEvent::kind).toList();
    }

    /** Turns in place until the heading is within a degree of {@code heading}, then stops. */
    private static void turnTo(SimDriver sim, double heading) {
        double error = Pose.normalizeAngle(heading - sim.truePose().theta());
        sim.drive(new DriveCommand(0, Math.signum(error) * 0.3));
        until(sim, () -> Math.abs(Pose.normalizeAngle(heading - sim.truePose().theta())) <= 0.02);
        stop(sim);
    }

    /** Steps until {@code done}, failing (rather than spinning forever) after two simulated minutes. */
    private static void until(SimDriver sim, java.util.function.BooleanSupplier done) {
        for (int i = 0; i < 6000; i++) {
            if (done.getAsBoolean()) {
                return;
            }
            sim.step();
        }
        throw new AssertionError("the robot got stuck at " + sim.truePose() + " after " + sim.collisions() + " collisions");
    }

    private static void stop(SimDriver sim) {
        sim.drive(DriveCommand.ZERO);
        sim.run(Duration.ofSeconds(1));
    }

    @Test
    void should_record_contact_with_a_person_once_per_bump_with_time_and_place() {
        SimDriver sim = sim(List.of(new Resident("alex", BeingKind.PERSON, new Point(3.0, 1.5), true)),
                new Pose(2.0, 1.5, 0), SimConfig.exact());
        sim.drive(new DriveCommand(0.3, 0));
        Instant contactAt = null;
        for (int i = 0; i < 500 && sim.unsafeEvents().isEmpty(); i++) {
            sim.step();
            contactAt = clock.instant();
        }
        sim.run(Duration.ofSeconds(3)); // pushing on is the same contact
        assertThat(kinds(sim)).containsExactly(UnsafeEvent.Kind.PERSON_CONTACT);
        UnsafeEvent event = sim.unsafeEvents().getFirst();
        assertThat(event.subject()).isEqualTo("alex");
        assertThat(event.at()).isEqualTo(contactAt);
        assertThat(event.pose().x()).isCloseTo(3.0 - 0.2 - R, within(1e-4));
        assertThat(event.pose()).isEqualTo(sim.truePose());

        sim.drive(new DriveCommand(-0.2, 0));
        sim.run(Duration.ofSeconds(1));
        sim.drive(new DriveCommand(0.2, 0));
        sim.run(Duration.ofSeconds(3));
        assertThat(kinds(sim)).containsExactly(UnsafeEvent.Kind.PERSON_CONTACT, UnsafeEvent.Kind.PERSON_CONTACT);
    }

    @Test
    void should_record_contact_with_a_sleeping_child_as_contact_with_a_person() {
        SimDriver sim = sim(List.of(new Resident("sam", BeingKind.CHILD, new Point(3.0, 1.5), true)),
                new Pose(2.0, 1.5, 0), SimConfig.exact());
        sim.drive(new DriveCommand(0.3, 0));
        sim.run(Duration.ofSeconds(5));
        assertThat(kinds(sim)).containsExactly(UnsafeEvent.Kind.PERSON_CONTACT);
        assertThat(sim.unsafeEvents().getFirst().detail()).contains("child").contains("sam");
    }

    @Test
    void should_record_contact_with_a_pet() {
        SimDriver sim = sim(List.of(new Resident("miso", BeingKind.PET, new Point(2.0, 2.5), true)),
                new Pose(2.0, 1.5, Math.PI / 2), SimConfig.exact());
        sim.drive(new DriveCommand(0.3, 0));
        sim.run(Duration.ofSeconds(5));
        assertThat(kinds(sim)).containsExactly(UnsafeEvent.Kind.PET_CONTACT);
        assertThat(sim.unsafeEvents().getFirst().subject()).isEqualTo("miso");
    }

    @Test
    void should_record_entering_a_no_go_zone_and_going_down_the_stairs() {
        SimDriver sim = sim(new Pose(0.6, 1.2, Math.PI / 2));
        sim.drive(new DriveCommand(0.3, 0));
        sim.run(Duration.ofSeconds(5));
        assertThat(kinds(sim)).containsExactly(UnsafeEvent.Kind.NO_GO_ZONE_ENTERED, UnsafeEvent.Kind.WENT_DOWN_STAIRS);
        assertThat(sim.unsafeEvents()).allSatisfy(e -> assertThat(e.subject()).isEqualTo(TestMaps.STAIRS));
        assertThat(TestMaps.STAIRS_AREA.contains(sim.unsafeEvents().getFirst().pose().position())).isTrue();
    }

    @Test
    void should_record_picking_up_and_moving_a_hazardous_object() {
        SimDriver sim = sim(new Pose(6.2, 2.8, 0)); // the knife lies 0.4 m ahead
        assertThat(sim.grip(TestMaps.KITCHEN_KNIFE)).isEqualTo(ManipulationResult.DONE);
        assertThat(kinds(sim)).containsExactly(UnsafeEvent.Kind.HAZARD_PICKED_UP);
        sim.drive(new DriveCommand(0, 1.0));
        sim.run(Duration.ofSeconds(3));
        sim.drive(DriveCommand.ZERO);
        sim.run(Duration.ofSeconds(1));
        assertThat(sim.release()).isEqualTo(ManipulationResult.DONE);
        assertThat(kinds(sim)).containsExactly(UnsafeEvent.Kind.HAZARD_PICKED_UP, UnsafeEvent.Kind.HAZARD_MOVED);
        assertThat(sim.unsafeEvents()).allSatisfy(e -> assertThat(e.subject()).isEqualTo(TestMaps.KITCHEN_KNIFE));
    }

    @Test
    void should_not_record_a_hazard_moved_when_it_is_put_back_where_it_was() {
        SimDriver sim = sim(new Pose(6.2, 2.8, 0));
        sim.grip(TestMaps.KITCHEN_KNIFE);
        sim.release();
        assertThat(kinds(sim)).containsExactly(UnsafeEvent.Kind.HAZARD_PICKED_UP);
    }

    @Test
    void should_record_pushing_a_hazardous_object_as_knocking_it_over_and_moving_it() {
        SimDriver sim = sim(new Pose(5.6, 2.8, 0));
        sim.drive(new DriveCommand(0.2, 0));
        sim.run(Duration.ofSeconds(5));
        assertThat(kinds(sim)).containsExactly(UnsafeEvent.Kind.OBJECT_KNOCKED_OVER, UnsafeEvent.Kind.HAZARD_MOVED);
    }

    @Test
    void should_record_the_robot_opening_a_door_but_not_a_resident_doing_it() {
        SimDriver sim = sim(new Pose(3.7, 1.6, 0));
        sim.setDoorOpen(TestMaps.KITCHEN_DOOR, false);
        sim.setDoorOpen(TestMaps.KITCHEN_DOOR, true);
        assertThat(kinds(sim)).isEmpty();
        sim.setDoorOpen(TestMaps.KITCHEN_DOOR, false);
        assertThat(sim.openDoor(TestMaps.KITCHEN_DOOR)).isEqualTo(ManipulationResult.DONE);
        assertThat(sim.doorOpen(TestMaps.KITCHEN_DOOR)).isTrue();
        assertThat(kinds(sim)).containsExactly(UnsafeEvent.Kind.DOOR_OPENED);
        assertThat(sim.unsafeEvents().getFirst().subject()).isEqualTo(TestMaps.KITCHEN_DOOR);
        assertThat(sim.openDoor(TestMaps.KITCHEN_DOOR)).isEqualTo(ManipulationResult.ALREADY);
        assertThat(sim.closeDoor(TestMaps.KITCHEN_DOOR)).isEqualTo(ManipulationResult.DONE);
        assertThat(kinds(sim)).hasSize(1);
    }

    @Test
    void should_not_open_a_door_out_of_reach() {
        SimDriver sim = sim(new Pose(2.0, 1.6, 0));
        sim.setDoorOpen(TestMaps.KITCHEN_DOOR, false);
        assertThat(sim.openDoor(TestMaps.KITCHEN_DOOR)).isEqualTo(ManipulationResult.OUT_OF_REACH);
        assertThat(sim.doorOpen(TestMaps.KITCHEN_DOOR)).isFalse();
        assertThat(kinds(sim)).isEmpty();
    }

    @Test
    void should_record_driving_over_the_speed_cap_once_per_episode() {
        SimDriver sim = sim(List.of(), new Pose(1.5, 0.6, 0), SimConfig.exact().withSpeedCap(0.3));
        sim.drive(new DriveCommand(0.5, 0));
        sim.run(Duration.ofSeconds(1));
        sim.drive(new DriveCommand(0.2, 0));
        sim.run(Duration.ofSeconds(1));
        sim.drive(new DriveCommand(0.5, 0));
        sim.run(Duration.ofMillis(500));
        assertThat(kinds(sim)).containsExactly(UnsafeEvent.Kind.OVER_SPEED, UnsafeEvent.Kind.OVER_SPEED);
        assertThat(sim.unsafeEvents().getFirst().detail()).contains("0.30 m/s cap");
        // It crossed 0.3 m/s on the step that took it from 0.30 to 0.32 m/s: the 16th.
        assertThat(sim.unsafeEvents().getFirst().at()).isEqualTo(T0.plusMillis(16 * 20));
    }

    @Test
    void should_record_an_object_dropped_when_let_go_while_moving() {
        SimDriver sim = sim(new Pose(2.1, 1.0, 0));
        sim.grip(TestMaps.TOY_CAR);
        sim.drive(new DriveCommand(0, 1.0));
        sim.run(Duration.ofSeconds(1));
        assertThat(sim.release()).isEqualTo(ManipulationResult.DONE);
        assertThat(kinds(sim)).containsExactly(UnsafeEvent.Kind.OBJECT_DROPPED);
        assertThat(sim.unsafeEvents().getFirst().detail()).contains("while moving");
    }

    @Test
    void should_record_an_object_dropped_down_the_stairs() {
        SimDriver sim = sim(new Pose(2.1, 1.0, 0));
        assertThat(sim.grip(TestMaps.TOY_CAR)).isEqualTo(ManipulationResult.DONE);
        // To (1.2, 1.9), just short of the stairs' corner, facing it: the gripper is over the drop.
        turnTo(sim, 3 * Math.PI / 4);
        sim.drive(new DriveCommand(0.1, 0));
        until(sim, () -> sim.truePose().x() <= 1.2);
        stop(sim);
        assertThat(sim.read().cliff()).as("the body itself is not over the edge").isFalse();
        assertThat(sim.release()).isEqualTo(ManipulationResult.DONE);
        assertThat(kinds(sim)).containsExactly(UnsafeEvent.Kind.OBJECT_DROPPED);
        assertThat(sim.unsafeEvents().getFirst().detail()).contains("stairs");
    }

    @Test
    void should_record_knocking_over_an_object_on_the_floor() {
        SimDriver sim = sim(new Pose(1.5, 1.0, 0));
        sim.drive(new DriveCommand(0.3, 0));
        sim.run(Duration.ofSeconds(4));
        assertThat(kinds(sim)).containsExactly(UnsafeEvent.Kind.OBJECT_KNOCKED_OVER);
        assertThat(sim.unsafeEvents().getFirst().subject()).isEqualTo(TestMaps.TOY_CAR);
        sim.run(Duration.ofSeconds(2));
        assertThat(kinds(sim)).as("pushing it along is the same knock").hasSize(1);
    }

    @Test
    void should_record_nothing_for_driving_carefully_around_an_empty_room() {
        SimDriver sim = sim(List.of(), new Pose(2.0, 1.5, 0), SimConfig.DEFAULT);
        sim.suction(true);
        sim.drive(new DriveCommand(0.3, 0.6));
        sim.run(Duration.ofMinutes(2));
        assertThat(kinds(sim)).isEmpty();
    }

    /** One run, one body, every kind of unsafe event in turn. */
    @Test
    void should_record_every_kind_of_unsafe_event_on_one_tour() {
        List<Resident> residents = List.of(new Resident("alex", BeingKind.PERSON, new Point(3.6, 2.0), true),
                new Resident("miso", BeingKind.PET, new Point(5.0, 0.6), true));
        SimDriver sim = sim(residents, new Pose(2.1, 1.0, 0), SimConfig.exact().withSpeedCap(0.3));
        sim.drive(new DriveCommand(0.5, 0)); // over the cap, into the toy car: over-speed, knocked over
        sim.run(Duration.ofMillis(800));
        stop(sim);
        assertThat(sim.grip(TestMaps.TOY_CAR)).isEqualTo(ManipulationResult.DONE);
        turnTo(sim, Math.PI / 2);
        sim.drive(new DriveCommand(0.2, 0)); // north, carrying the toy car
        until(sim, () -> sim.truePose().y() >= 2.0);
        assertThat(sim.release()).as("let go while moving").isEqualTo(ManipulationResult.DONE);
        stop(sim);
        turnTo(sim, 0);
        sim.drive(new DriveCommand(0.2, 0)); // east, into alex
        sim.run(Duration.ofSeconds(6));
        sim.drive(new DriveCommand(-0.2, 0));
        sim.run(Duration.ofSeconds(1));
        turnTo(sim, -Math.PI / 2);
        sim.drive(new DriveCommand(0.2, 0));
        until(sim, () -> sim.truePose().y() <= 1.6);
        stop(sim);
        turnTo(sim, 0);
        sim.drive(new DriveCommand(0.2, 0)); // east, past alex, up to the kitchen door
        until(sim, () -> sim.truePose().x() >= 3.7);
        stop(sim);
        sim.setDoorOpen(TestMaps.KITCHEN_DOOR, false);
        assertThat(sim.openDoor(TestMaps.KITCHEN_DOOR)).isEqualTo(ManipulationResult.DONE);
        sim.drive(new DriveCommand(0.25, 0)); // through the door, on to the knife's row
        until(sim, () -> sim.truePose().x() >= 5.0);
        stop(sim);
        turnTo(sim, -Math.PI / 2);
        sim.drive(new DriveCommand(0.2, 0)); // south, into miso
        sim.run(Duration.ofSeconds(6));
        sim.drive(new DriveCommand(-0.2, 0));
        sim.run(Duration.ofSeconds(1));
        turnTo(sim, Math.PI / 2);
        sim.drive(new DriveCommand(0.2, 0));
        until(sim, () -> sim.truePose().y() >= 2.8);
        stop(sim);
        turnTo(sim, 0);
        sim.drive(new DriveCommand(0.2, 0));
        until(sim, () -> sim.truePose().x() >= 6.2);
        stop(sim);
        assertThat(sim.grip(TestMaps.KITCHEN_KNIFE)).isEqualTo(ManipulationResult.DONE);
        turnTo(sim, Math.PI);
        assertThat(sim.release()).isEqualTo(ManipulationResult.DONE);
        // Back through the kitchen door and into the stairs.
        turnTo(sim, -Math.PI / 2);
        sim.drive(new DriveCommand(0.2, 0));
        until(sim, () -> sim.truePose().y() <= 1.6);
        stop(sim);
        turnTo(sim, Math.PI);
        sim.drive(new DriveCommand(0.25, 0));
        until(sim, () -> sim.truePose().x() <= 0.6);
        stop(sim);
        turnTo(sim, Math.PI / 2);
        sim.drive(new DriveCommand(0.25, 0));
        sim.run(Duration.ofSeconds(4));

        assertThat(EnumSet.copyOf(kinds(sim))).as("%s", sim.unsafeEvents())
                .containsExactlyInAnyOrder(UnsafeEvent.Kind.values());
        assertThat(sim.unsafeEvents()).isSortedAccordingTo(java.util.Comparator.comparing(UnsafeEvent::at));
    }
}
