package dev.rosie.actuation.avoid;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import dev.rosie.core.robot.SensorReading;
import dev.rosie.core.testing.TestMaps;
import dev.rosie.core.world.Point;
import dev.rosie.core.world.Pose;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class TrackerTest {
    private static final Instant T0 = Instant.parse("2026-11-22T08:00:00Z");
    private static final Duration SWEEP = Duration.ofMillis(200);

    private static Detection at(double x, double y) {
        return new Detection(new Point(x, y), 0.18, 8);
    }

    @Test
    void should_follow_a_walker_and_estimate_its_velocity() {
        Tracker tracker = Tracker.defaults();
        for (int k = 0; k <= 6; k++) {
            tracker.update(List.of(at(1.0 + 0.2 * k, 2.0)), T0.plus(SWEEP.multipliedBy(k)));
        }
        Instant now = T0.plus(SWEEP.multipliedBy(6));
        assertThat(tracker.tracks(now)).singleElement().satisfies(t -> {
            assertThat(t.id()).isEqualTo(1);
            assertThat(t.vx()).isCloseTo(1.0, within(0.05));
            assertThat(t.vy()).isCloseTo(0.0, within(0.05));
            assertThat(t.position().x()).isCloseTo(2.2, within(0.05));
            assertThat(t.hits()).isEqualTo(7);
        });
    }

    @Test
    void should_keep_two_walkers_passing_each_other_apart() {
        Tracker tracker = Tracker.defaults();
        for (int k = 0; k <= 10; k++) {
            double s = 0.2 * k;
            // Listed in a different order each sweep: association must not depend on it.
            List<Detection> seen = new ArrayList<>(List.of(at(1.0 + s, 1.5), at(3.0 - s, 2.3)));
            if (k % 2 == 1) {
                java.util.Collections.reverse(seen);
            }
            tracker.update(seen, T0.plus(SWEEP.multipliedBy(k)));
        }
        List<Track> tracks = tracker.tracks(T0.plus(SWEEP.multipliedBy(10)));
        assertThat(tracks).hasSize(2);
        assertThat(tracks.get(0).vx()).isCloseTo(1.0, within(0.1));
        assertThat(tracks.get(0).position().y()).isCloseTo(1.5, within(0.05));
        assertThat(tracks.get(1).vx()).isCloseTo(-1.0, within(0.1));
        assertThat(tracks.get(1).position().y()).isCloseTo(2.3, within(0.05));
    }

    @Test
    void should_coast_a_track_missed_for_a_moment_and_forget_it_after_a_while() {
        Tracker tracker = Tracker.defaults();
        for (int k = 0; k <= 5; k++) {
            tracker.update(List.of(at(1.0, 1.0 + 0.1 * k)), T0.plus(SWEEP.multipliedBy(k)));
        }
        Instant last = T0.plus(SWEEP.multipliedBy(5));
        tracker.update(List.of(), last.plus(SWEEP));
        assertThat(tracker.tracks(last.plus(SWEEP))).singleElement()
                .satisfies(t -> assertThat(t.position().y()).isCloseTo(1.6, within(0.05)));

        tracker.update(List.of(), last.plus(Duration.ofSeconds(1)));
        assertThat(tracker.tracks(last.plus(Duration.ofSeconds(1)))).isEmpty();
    }

    @Test
    void should_start_a_new_track_for_something_too_far_from_any_prediction() {
        Tracker tracker = Tracker.defaults();
        tracker.update(List.of(at(1.0, 1.0)), T0);
        tracker.update(List.of(at(1.05, 1.0)), T0.plus(SWEEP));
        tracker.update(List.of(at(1.1, 1.0), at(4.0, 3.0)), T0.plus(SWEEP.multipliedBy(2)));
        assertThat(tracker.tracks(T0.plus(SWEEP.multipliedBy(2)))).extracting(Track::id).containsExactly(1, 2);
    }

    @Test
    void should_refuse_sweeps_out_of_time_order() {
        Tracker tracker = Tracker.defaults();
        tracker.update(List.of(), T0);
        assertThatThrownBy(() -> tracker.update(List.of(), T0.minusMillis(1)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("time order");
    }

    @Test
    void should_track_a_walker_from_raw_sweeps_while_the_robot_drives_and_use_each_sweep_once() {
        Surroundings around = Surroundings.defaults();
        around.useMap(TestMaps.openRoom(6, 4));
        for (int k = 0; k <= 10; k++) {
            Instant at = T0.plus(SWEEP.multipliedBy(k));
            Pose robot = new Pose(1.0 + 0.05 * k, 1.0, 0.2);
            Point walker = new Point(2.0 + 0.16 * k, 3.0 - 0.12 * k); // 1 m/s, south-east
            var scan = SyntheticScans.sweep(robot, 0.1, 0.1, 6.1, 4.1, List.of(SyntheticScans.disc(walker, 0.2)));
            SensorReading reading = new SensorReading(at, robot, 0.25, 0, false, 1, false, false, Optional.of(scan));
            around.update(reading);
            around.update(new SensorReading(at.plusMillis(20), robot, 0.25, 0, false, 1, false, false, Optional.of(scan)));
        }
        assertThat(around.sweeps()).isEqualTo(11);
        Instant now = T0.plus(SWEEP.multipliedBy(10));
        assertThat(around.tracks(now)).singleElement().satisfies(t -> {
            assertThat(t.vx()).isCloseTo(0.8, within(0.15));
            assertThat(t.vy()).isCloseTo(-0.6, within(0.15));
            assertThat(t.position().distanceTo(new Point(3.6, 1.8))).isLessThan(0.25);
        });
        assertThat(around.positions()).hasSize(1);
    }
}
