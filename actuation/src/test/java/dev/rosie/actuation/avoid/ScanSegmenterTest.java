package dev.rosie.actuation.avoid;

import static dev.rosie.actuation.avoid.SyntheticScans.disc;
import static dev.rosie.actuation.avoid.SyntheticScans.sweep;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.rosie.core.robot.RangeScan;
import dev.rosie.core.testing.TestMaps;
import dev.rosie.core.world.Point;
import dev.rosie.core.world.Pose;
import java.util.List;
import org.junit.jupiter.api.Test;

class ScanSegmenterTest {
    // TestMaps.openRoom(6, 4): 0.1 m walls round a 6 x 4 m floor, inner faces at these coordinates.
    private static final double X0 = 0.1;
    private static final double Y0 = 0.1;
    private static final double X1 = 6.1;
    private static final double Y1 = 4.1;

    private final StaticMask mask = new StaticMask(TestMaps.openRoom(6, 4));
    private final ScanSegmenter segmenter = ScanSegmenter.defaults();

    @Test
    void should_find_nothing_when_the_map_explains_every_return() {
        Pose pose = new Pose(2.0, 2.0, 0.3);
        assertThat(segmenter.segment(sweep(pose, X0, Y0, X1, Y1, List.of()), pose, mask)).isEmpty();
    }

    @Test
    void should_find_a_person_and_a_cat_with_centres_on_their_near_sides() {
        Pose pose = new Pose(2.0, 2.0, 0.0);
        Point person = new Point(4.0, 2.0);
        Point cat = new Point(2.0, 3.2);
        RangeScan scan = sweep(pose, X0, Y0, X1, Y1, List.of(disc(person, 0.2), disc(cat, 0.12)));

        List<Detection> found = segmenter.segment(scan, pose, mask);

        assertThat(found).hasSize(2);
        Detection p = found.stream().min((a, b) -> Double.compare(a.centre().distanceTo(person), b.centre().distanceTo(person)))
                .orElseThrow();
        assertThat(p.centre().distanceTo(person)).isLessThan(0.2);
        assertThat(p.centre().distanceTo(pose.position())).isLessThan(person.distanceTo(pose.position()));
        assertThat(p.radius()).isBetween(0.1, 0.3);
        assertThat(p.points()).isGreaterThanOrEqualTo(5);
        Detection c = found.stream().filter(d -> d != p).findFirst().orElseThrow();
        assertThat(c.centre().distanceTo(cat)).isLessThan(0.12);
    }

    @Test
    void should_see_someone_straight_behind_as_one_thing_across_the_ends_of_the_sweep() {
        Pose pose = new Pose(3.0, 2.0, 0.0); // beams start and end pointing straight back
        RangeScan scan = sweep(pose, X0, Y0, X1, Y1, List.of(disc(new Point(1.8, 2.0), 0.2)));

        List<Detection> found = segmenter.segment(scan, pose, mask);

        assertThat(found).hasSize(1);
        assertThat(found.getFirst().centre().y()).isCloseTo(2.0, within(0.02));
    }

    @Test
    void should_drop_a_lone_far_return_as_noise_but_keep_a_lone_close_one() {
        Pose pose = new Pose(3.0, 2.0, 0.0);
        float[] ranges = sweep(pose, X0, Y0, X1, Y1, List.of()).ranges();
        ranges[180] = 2.0f; // straight ahead, well short of the wall at 3.1 m
        RangeScan far = new RangeScan(-Math.PI, 2 * Math.PI / SyntheticScans.BEAMS, 8.0, ranges);
        assertThat(segmenter.segment(far, pose, mask)).isEmpty();

        ranges[180] = 0.6f;
        RangeScan close = new RangeScan(-Math.PI, 2 * Math.PI / SyntheticScans.BEAMS, 8.0, ranges);
        assertThat(segmenter.segment(close, pose, mask)).singleElement()
                .satisfies(d -> assertThat(d.centre().x()).isCloseTo(3.6, within(0.01)));
    }

    @Test
    void should_place_returns_from_the_pose_the_sweep_was_taken_at() {
        Pose turned = new Pose(2.0, 2.0, Math.PI / 2); // facing +y: beam "ahead" points north
        RangeScan scan = sweep(turned, X0, Y0, X1, Y1, List.of(disc(new Point(2.0, 3.0), 0.2)));

        assertThat(segmenter.segment(scan, turned, mask)).singleElement()
                .satisfies(d -> assertThat(d.centre().distanceTo(new Point(2.0, 2.85))).isLessThan(0.05));
        // The same sweep read with the wrong heading lands the person in the wrong place, and the walls too.
        assertThat(segmenter.segment(scan, new Pose(2.0, 2.0, 0.0), mask)).hasSizeGreaterThan(1);
    }

    @Test
    void should_ignore_beams_that_saw_nothing() {
        Pose pose = new Pose(3.0, 2.0, 0.0);
        float[] ranges = new float[SyntheticScans.BEAMS];
        java.util.Arrays.fill(ranges, Float.POSITIVE_INFINITY);
        RangeScan empty = new RangeScan(-Math.PI, 2 * Math.PI / SyntheticScans.BEAMS, 8.0, ranges);
        assertThat(segmenter.segment(empty, pose, mask)).isEmpty();
    }
}
