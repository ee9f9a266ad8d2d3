package dev.rosie.sim;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rosie.core.ManualClock;
import dev.rosie.core.robot.DriveCommand;
import dev.rosie.core.robot.SensorReading;
import dev.rosie.core.testing.TestMaps;
import dev.rosie.core.world.Pose;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class SimDriverCliffTest {
    private static final double R = SimConfig.DEFAULT.robotRadius();
    private static final double STAIRS_EDGE_Y = 2.1;
    private final ManualClock clock = new ManualClock(Instant.parse("2025-01-01T08:00:00Z"));

    /** Below the two-room map's stairs, facing them. */
    private SimDriver sim(SimConfig config) {
        return new SimDriver(TestMaps.twoRooms(), new Pose(0.6, 1.2, Math.PI / 2), config, clock);
    }

    @Test
    void should_sense_the_stairs_with_the_front_edge_before_the_centre_reaches_them() {
        SimDriver sim = sim(SimConfig.exact());
        assertThat(sim.read().cliff()).isFalse();
        sim.drive(new DriveCommand(0.1, 0));
        SensorReading reading = sim.read();
        for (int i = 0; i < 1000 && !reading.cliff(); i++) {
            sim.step();
            reading = sim.read();
        }
        assertThat(reading.cliff()).isTrue();
        sim.drive(DriveCommand.ZERO);
        sim.run(Duration.ofSeconds(1));
        double y = sim.truePose().y();
        assertThat(y + R).as("the front edge is over the edge").isGreaterThan(STAIRS_EDGE_Y);
        assertThat(y).as("the centre is not").isLessThan(STAIRS_EDGE_Y);
        assertThat(sim.cliffSensors()).containsExactly(false, true, true, false);
        assertThat(sim.unsafeEvents()).isEmpty();
    }

    @Test
    void should_record_going_down_the_stairs_when_the_centre_drives_over_the_drop() {
        SimDriver sim = sim(SimConfig.exact());
        sim.drive(new DriveCommand(0.3, 0));
        sim.run(Duration.ofSeconds(5));
        assertThat(sim.truePose().y()).isGreaterThan(STAIRS_EDGE_Y);
        assertThat(sim.unsafeEvents()).extracting(UnsafeEvent::kind)
                .containsExactly(UnsafeEvent.Kind.NO_GO_ZONE_ENTERED, UnsafeEvent.Kind.WENT_DOWN_STAIRS);
        assertThat(sim.unsafeEvents().get(1).subject()).isEqualTo(TestMaps.STAIRS);
    }

    @Test
    void should_see_no_drop_in_a_no_go_zone_that_is_not_listed_as_a_cliff() {
        SimDriver sim = sim(SimConfig.exact().withCliffZones(Set.of()));
        sim.drive(new DriveCommand(0.3, 0));
        boolean sawCliff = false;
        for (int i = 0; i < 250; i++) {
            sim.step();
            sawCliff |= sim.read().cliff();
        }
        assertThat(sawCliff).isFalse();
        assertThat(sim.unsafeEvents()).extracting(UnsafeEvent::kind).containsExactly(UnsafeEvent.Kind.NO_GO_ZONE_ENTERED);
    }

    @Test
    void should_treat_only_the_reference_apartments_stairs_as_a_drop_and_not_the_balcony_edge() {
        SimDriver sim = new SimDriver(Apartment.map(), List.of(), new Pose(2.5, 1.0, -Math.PI / 2), SimConfig.exact(),
                clock);
        sim.drive(new DriveCommand(0.2, 0));
        sim.run(Duration.ofSeconds(6));
        assertThat(sim.truePose().y()).isLessThan(0.4);
        assertThat(sim.noGoZonesEntered()).containsExactly("balcony edge");
        assertThat(sim.read().cliff()).isFalse();
        assertThat(sim.unsafeEvents()).extracting(UnsafeEvent::kind).containsExactly(UnsafeEvent.Kind.NO_GO_ZONE_ENTERED);
    }
}
