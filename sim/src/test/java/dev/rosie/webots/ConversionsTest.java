package dev.rosie.webots;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.data.Offset.offset;

import dev.rosie.core.robot.RangeScan;
import org.junit.jupiter.api.Test;

class ConversionsTest {

    @Test
    void should_order_beams_counter_clockwise_when_webots_gives_them_left_to_right() {
        // Four beams over 360 degrees, left to right (clockwise from above): left-back, left-front... as Webots lays them.
        float[] leftToRight = {1f, 2f, 3f, 4f};
        RangeScan scan = Conversions.scan(new Body.LidarSweep(leftToRight, 2 * Math.PI, 8));
        assertThat(scan.ranges()).containsExactly(4f, 3f, 2f, 1f);
        assertThat(scan.angleIncrement()).isCloseTo(Math.PI / 2, offset(1e-12));
        assertThat(scan.angle(0)).isCloseTo(-Math.PI + Math.PI / 4, offset(1e-12));
        // The last Webots pixel (rightmost) is the first beam, the most clockwise one.
        assertThat(scan.angle(3)).isCloseTo(Math.PI - Math.PI / 4, offset(1e-12));
    }

    @Test
    void should_see_the_nearest_wall_straight_ahead_when_it_is_in_the_middle_of_the_image() {
        float[] leftToRight = new float[360];
        java.util.Arrays.fill(leftToRight, Float.POSITIVE_INFINITY);
        leftToRight[179] = 0.5f;
        leftToRight[180] = 0.5f;
        RangeScan scan = Conversions.scan(new Body.LidarSweep(leftToRight, 2 * Math.PI, 8));
        assertThat(scan.nearestAhead(Math.toRadians(2))).isCloseTo(0.5, offset(1e-6));
    }

    @Test
    void should_report_nothing_in_range_as_infinity_when_the_lidar_returns_junk() {
        RangeScan scan = Conversions.scan(new Body.LidarSweep(new float[] {Float.NaN, -1f, 9f, 8f, 7.5f}, Math.PI, 8));
        assertThat(scan.ranges()).containsExactly(7.5f, Float.POSITIVE_INFINITY, Float.POSITIVE_INFINITY,
                Float.POSITIVE_INFINITY, Float.POSITIVE_INFINITY);
    }

    @Test
    void should_drop_alpha_and_keep_rgb_order_when_converting_an_image() {
        Body.Image img = new Body.Image(2, 1, new int[] {0xff112233, 0x00a0b0c0});
        assertThat(Conversions.rgb(img)).containsExactly(0x11, 0x22, 0x33, (byte) 0xa0, (byte) 0xb0, (byte) 0xc0);
    }
}
