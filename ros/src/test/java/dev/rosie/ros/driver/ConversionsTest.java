package dev.rosie.ros.driver;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import dev.rosie.core.robot.CameraFrame;
import dev.rosie.core.robot.RangeScan;
import dev.rosie.core.world.Pose;
import dev.rosie.ros.msg.Header;
import dev.rosie.ros.msg.Image;
import dev.rosie.ros.msg.LaserScan;
import dev.rosie.ros.msg.Odometry;
import dev.rosie.ros.msg.RosTime;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class ConversionsTest {
    static final Header H = new Header(1, RosTime.ZERO, "f");

    @Test
    void should_turn_every_ros_no_return_marker_into_infinity() {
        LaserScan s = new LaserScan(H, -1, 1, 0.5f, 0, 0, 0.1f, 5, new float[] {Float.NaN, 0.05f, 2f, 9f, Float.NEGATIVE_INFINITY},
                new float[0]);
        RangeScan r = Conversions.scan(s).orElseThrow();
        assertThat(r.ranges()).containsExactly(Float.POSITIVE_INFINITY, Float.POSITIVE_INFINITY, 2f, Float.POSITIVE_INFINITY,
                Float.POSITIVE_INFINITY);
        assertThat(r.angle(4)).isEqualTo(1.0);
    }

    @Test
    void should_skip_a_scan_without_beams() {
        assertThat(Conversions.scan(new LaserScan(H, 0, 0, 0, 0, 0, 0, 5, new float[0], new float[0]))).isEmpty();
    }

    @Test
    void should_round_trip_a_planar_pose_through_odometry() {
        Odometry o = Conversions.odometry(H, "base_link", new Pose(1.5, -2, 2.8), 0.3, -0.1);
        Pose back = Conversions.pose(o);
        assertThat(back.x()).isEqualTo(1.5);
        assertThat(back.theta()).isCloseTo(2.8, within(1e-12));
        assertThat(o.twist().twist().linear().x()).isEqualTo(0.3);
    }

    @Test
    void should_swap_bgr_channels_and_drop_row_padding() {
        // 1x2 bgr8 with step 4: each row has one pixel and one padding byte.
        Image img = new Image(H, 2, 1, Image.BGR8, 0, 4, new byte[] {1, 2, 3, 99, 4, 5, 6, 99});
        CameraFrame f = Conversions.frame(img, Instant.EPOCH, new Pose(0, 0, 0));
        assertThat(f.rgb()).containsExactly(3, 2, 1, 6, 5, 4);
    }

    @Test
    void should_refuse_an_encoding_rosie_cannot_read_naming_it() {
        Image mono = new Image(H, 1, 1, "mono8", 0, 1, new byte[] {5});
        assertThatThrownBy(() -> Conversions.frame(mono, Instant.EPOCH, new Pose(0, 0, 0)))
                .hasMessageContaining("image encoding 'mono8' is not supported; publish rgb8 or bgr8");
    }

    @Test
    void should_refuse_an_image_whose_data_is_shorter_than_its_size_says() {
        Image cut = new Image(H, 2, 2, Image.RGB8, 0, 6, new byte[6]);
        assertThatThrownBy(() -> Conversions.frame(cut, Instant.EPOCH, new Pose(0, 0, 0)))
                .hasMessageContaining("image data has 6 bytes; 2x2 with step 6 needs 12");
    }
}
