package dev.rosie.ros.msg;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.rosie.core.InvalidInputException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

class MessageSerializationTest {

    @Test
    void should_lay_out_a_string_as_a_little_endian_length_then_utf8_bytes() {
        byte[] bytes = RosString.TYPE.serialize(new RosString("hé"));
        assertThat(bytes).containsExactly(3, 0, 0, 0, 'h', 0xc3, 0xa9);
    }

    @Test
    void should_lay_out_a_twist_as_six_little_endian_doubles() {
        byte[] bytes = Twist.TYPE.serialize(Twist.planar(0.5, -1));
        ByteBuffer b = ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN);
        assertThat(bytes).hasSize(48);
        assertThat(new double[] {b.getDouble(), b.getDouble(), b.getDouble(), b.getDouble(), b.getDouble(), b.getDouble()})
                .containsExactly(0.5, 0, 0, 0, 0, -1);
    }

    @Test
    void should_round_trip_every_message_type() {
        Header h = new Header(4_000_000_000L, new RosTime(4_000_000_000L, 999_999_999), "map");
        double[] cov = new double[36];
        Arrays.fill(cov, -0.5);
        Odometry odom = new Odometry(h, "base_link", new PoseWithCovariance(
                new RosPose(new Point3(1, 2, 3), Quaternion.fromYaw(0.7)), new Covariance(cov)),
                new TwistWithCovariance(Twist.planar(0.2, 0.1), Covariance.UNKNOWN));
        LaserScan scan = new LaserScan(h, -3f, 3f, 0.5f, 0.001f, 0.1f, 0.1f, 10f, new float[] {1, Float.NaN, 2},
                new float[] {7, 8, 9});
        Image image = new Image(h, 2, 1, Image.RGB8, 0, 3, new byte[] {1, 2, 3, 4, 5, 6});
        assertThat(Odometry.TYPE.deserialize(Odometry.TYPE.serialize(odom))).isEqualTo(odom);
        assertThat(LaserScan.TYPE.deserialize(LaserScan.TYPE.serialize(scan))).isEqualTo(scan);
        assertThat(Image.TYPE.deserialize(Image.TYPE.serialize(image))).isEqualTo(image);
        assertThat(RosBool.TYPE.deserialize(RosBool.TYPE.serialize(new RosBool(true)))).isEqualTo(new RosBool(true));
        assertThat(RosFloat32.TYPE.deserialize(RosFloat32.TYPE.serialize(new RosFloat32(0.25f)))).isEqualTo(new RosFloat32(0.25f));
    }

    @Test
    void should_refuse_a_truncated_message_saying_where_it_ends() {
        byte[] bytes = Twist.TYPE.serialize(Twist.planar(1, 1));
        assertThatThrownBy(() -> Twist.TYPE.deserialize(Arrays.copyOf(bytes, 44)))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("truncated geometry_msgs/Twist message: float64 needs 8 bytes at offset 40");
    }

    @Test
    void should_refuse_a_length_prefix_that_points_past_the_end() {
        byte[] lying = {(byte) 0xff, (byte) 0xff, (byte) 0xff, 0x7f, 'a'};
        assertThatThrownBy(() -> RosString.TYPE.deserialize(lying)).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("uint8[2147483647]");
    }

    @Test
    void should_refuse_trailing_bytes_after_a_complete_message() {
        assertThatThrownBy(() -> RosBool.TYPE.deserialize(new byte[] {1, 2}))
                .hasMessageContaining("1 unexpected bytes after a complete std_msgs/Bool message");
    }

    @Test
    void should_turn_a_yaw_into_a_quaternion_and_back() {
        for (double yaw : new double[] {0, 0.3, -2.5, Math.PI / 2, 3.1}) {
            assertThat(Quaternion.fromYaw(yaw).yaw()).isCloseTo(yaw, org.assertj.core.data.Offset.offset(1e-12));
        }
    }

    @Test
    void should_refuse_a_time_outside_rosses_unsigned_range() {
        assertThatThrownBy(() -> new RosTime(-1, 0)).hasMessageContaining("uint32");
        assertThatThrownBy(() -> new RosTime(0, 1_000_000_000L)).hasMessageContaining("below 1e9");
    }
}
