package dev.rosie.sim;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.rosie.core.ManualClock;
import dev.rosie.core.robot.DriveCommand;
import dev.rosie.core.robot.RangeScan;
import dev.rosie.core.testing.TestMaps;
import dev.rosie.core.world.BeingKind;
import dev.rosie.core.world.Point;
import dev.rosie.core.world.Pose;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class SimDriverScannerTest {
    /** 4 beams at 0, 90, 180 and 270 degrees: ahead, left, behind, right. */
    private static final ScannerConfig FOUR = new ScannerConfig(true, 4, 2 * Math.PI, 8.0, 0, Duration.ofMillis(200));
    private final ManualClock clock = new ManualClock(Instant.parse("2025-01-01T08:00:00Z"));

    private SimDriver sim(ScannerConfig scanner, List<Resident> residents, Pose start) {
        return new SimDriver(TestMaps.twoRooms(), residents, start, SimConfig.exact().withScanner(scanner), clock);
    }

    private static double beamAt(RangeScan scan, double angle) {
        for (int i = 0; i < scan.beams(); i++) {
            if (Math.abs(dev.rosie.core.world.Pose.normalizeAngle(scan.angle(i) - angle)) < 1e-9) {
                return scan.range(i);
            }
        }
        throw new AssertionError("no beam at " + angle);
    }

    @Test
    void should_measure_the_distance_to_each_wall_by_ray_casting() {
        SimDriver sim = sim(FOUR, List.of(), new Pose(2.0, 0.6, 0));
        RangeScan scan = sim.read().scan().orElseThrow();
        assertThat(scan.beams()).isEqualTo(4);
        assertThat(beamAt(scan, 0)).as("ahead: the partition").isCloseTo(TestMaps.PARTITION_X0 - 2.0, within(1e-6));
        assertThat(beamAt(scan, Math.PI / 2)).as("left: the north wall").isCloseTo(3.1 - 0.6, within(1e-6));
        assertThat(beamAt(scan, Math.PI)).as("behind: the west wall").isCloseTo(2.0 - 0.1, within(1e-6));
        assertThat(beamAt(scan, -Math.PI / 2)).as("right: the south wall").isCloseTo(0.6 - 0.1, within(1e-6));
    }

    @Test
    void should_see_a_closed_door_and_through_an_open_one() {
        SimDriver sim = sim(FOUR, List.of(), new Pose(2.0, 1.6, 0));
        assertThat(beamAt(sim.read().scan().orElseThrow(), 0)).as("open: the kitchen's east wall")
                .isCloseTo(7.1 - 2.0, within(1e-6));
        sim.setDoorOpen(TestMaps.KITCHEN_DOOR, false);
        sim.run(Duration.ofMillis(200));
        // The door is drawn across the partition at x 4.05; which of the partition's two cells it lands in is rounding.
        assertThat(beamAt(sim.read().scan().orElseThrow(), 0)).as("closed: the door")
                .isBetween(TestMaps.PARTITION_X0 - 2.0 - 1e-6, TestMaps.PARTITION_X1 - 2.0 + 1e-6);
    }

    @Test
    void should_see_people_and_pets_as_discs() {
        List<Resident> residents = List.of(new Resident("alex", BeingKind.PERSON, new Point(3.0, 0.6), true),
                new Resident("miso", BeingKind.PET, new Point(1.0, 0.6), true));
        SimDriver sim = sim(FOUR, residents, new Pose(2.0, 0.6, 0));
        RangeScan scan = sim.read().scan().orElseThrow();
        double person = SimConfig.DEFAULT.world().walkers().personRadius();
        double pet = SimConfig.DEFAULT.world().walkers().petRadius();
        assertThat(beamAt(scan, 0)).isCloseTo(1.0 - person, within(1e-6));
        assertThat(beamAt(scan, Math.PI)).isCloseTo(1.0 - pet, within(1e-6));
    }

    @Test
    void should_read_infinity_beyond_the_maximum_range() {
        ScannerConfig shortRange = new ScannerConfig(true, 4, 2 * Math.PI, 1.0, 0, Duration.ofMillis(200));
        RangeScan scan = sim(shortRange, List.of(), new Pose(2.0, 0.6, 0)).read().scan().orElseThrow();
        assertThat(beamAt(scan, 0)).isInfinite();
        assertThat(beamAt(scan, -Math.PI / 2)).isCloseTo(0.5, within(1e-6));
    }

    @Test
    void should_spread_the_beams_over_a_partial_field_of_view_including_both_ends() {
        ScannerConfig front = new ScannerConfig(true, 181, Math.PI, 8.0, 0, Duration.ofMillis(100));
        RangeScan scan = sim(front, List.of(), new Pose(2.0, 0.6, 0)).read().scan().orElseThrow();
        assertThat(scan.beams()).isEqualTo(181);
        assertThat(scan.angle(0)).isCloseTo(-Math.PI / 2, within(1e-12));
        assertThat(scan.angle(180)).isCloseTo(Math.PI / 2, within(1e-12));
        assertThat(scan.range(90)).isCloseTo(2.0f, within(1e-5f));
    }

    @Test
    void should_take_a_new_sweep_once_per_period() {
        SimDriver sim = sim(FOUR, List.of(), new Pose(1.0, 0.6, 0));
        sim.drive(new DriveCommand(0.5, 0));
        sim.run(Duration.ofSeconds(1));
        RangeScan first = sim.read().scan().orElseThrow();
        sim.step(9);
        assertThat(sim.read().scan().orElseThrow()).as("same sweep until 200 ms have passed").isSameAs(first);
        sim.step();
        RangeScan second = sim.read().scan().orElseThrow();
        assertThat(beamAt(second, 0)).isCloseTo(beamAt(first, 0) - 0.1, within(1e-6));
    }

    @Test
    void should_add_seeded_noise_to_ranges() {
        ScannerConfig noisy = FOUR.withRangeNoise(0.02);
        Pose at = new Pose(2.0, 0.6, 0);
        RangeScan a = sim(noisy, List.of(), at).read().scan().orElseThrow();
        RangeScan b = sim(noisy, List.of(), at).read().scan().orElseThrow();
        assertThat(a).isEqualTo(b);
        assertThat(beamAt(a, 0)).isNotEqualTo(2.0).isCloseTo(2.0, within(0.1));
    }

    @Test
    void should_carry_no_scan_when_the_body_has_no_scanner() {
        SimDriver sim = sim(FOUR.withEnabled(false), List.of(), new Pose(2.0, 0.6, 0));
        assertThat(sim.read().scan()).isEmpty();
    }
}
