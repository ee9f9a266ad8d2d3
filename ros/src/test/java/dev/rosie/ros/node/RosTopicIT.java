package dev.rosie.ros.node;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rosie.ros.msg.Covariance;
import dev.rosie.ros.msg.Header;
import dev.rosie.ros.msg.Image;
import dev.rosie.ros.msg.LaserScan;
import dev.rosie.ros.msg.Odometry;
import dev.rosie.ros.msg.Point3;
import dev.rosie.ros.msg.PoseWithCovariance;
import dev.rosie.ros.msg.Quaternion;
import dev.rosie.ros.msg.RosPose;
import dev.rosie.ros.msg.RosString;
import dev.rosie.ros.msg.RosTime;
import dev.rosie.ros.msg.Twist;
import dev.rosie.ros.msg.TwistWithCovariance;
import dev.rosie.ros.msg.Vector3;
import dev.rosie.ros.testing.RosCoreExtension;
import dev.rosie.ros.testing.RosTool;
import java.time.Duration;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Rosie's node against the real roscore and rostopic from Debian. */
class RosTopicIT {
    static final Duration WAIT = Duration.ofSeconds(30);
    @RegisterExtension
    static final RosCoreExtension ros = new RosCoreExtension();

    static Node node(String name) {
        return Node.start(ros.nodeConfig(name));
    }

    @Test
    void should_receive_the_exact_twist_that_rostopic_pub_sends() throws Exception {
        try (Node node = node("/rosie_sub_test")) {
            BlockingQueue<Twist> got = new ArrayBlockingQueue<>(100);
            BlockingQueue<String> from = new ArrayBlockingQueue<>(100);
            Subscriber<Twist> sub = node.newSubscriber("/test_cmd_vel", Twist.TYPE);
            sub.addMessageListener(new MessageListener<>() {
                @Override
                public void onNewMessage(Twist message) {
                    got.offer(message);
                }

                @Override
                public void onNewMessage(Twist message, String publisherId) {
                    from.offer(publisherId);
                    onNewMessage(message);
                }
            });
            try (RosTool pub = RosTool.start(ros.core(), "rostopic", "pub", "-r", "10", "/test_cmd_vel", "geometry_msgs/Twist",
                    "{linear: {x: 0.25, y: -1.5, z: 0.0}, angular: {x: 0.0, y: 0.0, z: -0.75}}")) {
                Twist t = got.poll(WAIT.toSeconds(), TimeUnit.SECONDS);
                assertThat(t).as("a Twist from rostopic pub; its output: %s", pub.output())
                        .isEqualTo(new Twist(new Vector3(0.25, -1.5, 0), new Vector3(0, 0, -0.75)));
                assertThat(from.take()).startsWith("/rostopic_");
            }
        }
    }

    @Test
    void should_receive_the_exact_string_that_rostopic_pub_sends() throws Exception {
        try (Node node = node("/rosie_string_sub")) {
            BlockingQueue<RosString> got = new ArrayBlockingQueue<>(100);
            node.newSubscriber("chatter_in", RosString.TYPE).addMessageListener(got::offer);
            try (RosTool pub = RosTool.start(ros.core(), "rostopic", "pub", "-r", "10", "/chatter_in", "std_msgs/String",
                    "data: 'Rosie, clean the kitchen — ünïcode'")) {
                assertThat(got.poll(WAIT.toSeconds(), TimeUnit.SECONDS)).as("rostopic pub output: %s", pub.output())
                        .isEqualTo(new RosString("Rosie, clean the kitchen — ünïcode"));
            }
        }
    }

    @Test
    void should_publish_a_twist_that_rostopic_echo_prints_exactly() throws Exception {
        try (Node node = node("/rosie_pub_test")) {
            Publisher<Twist> pub = node.newPublisher("/test_echo_twist", Twist.TYPE);
            try (RosTool echo = RosTool.start(ros.core(), "rostopic", "echo", "-n", "1", "/test_echo_twist")) {
                assertThat(pub.awaitSubscribers(1, WAIT)).as("rostopic echo connects; output: %s", echo.output()).isTrue();
                pub.publish(new Twist(new Vector3(0.125, 0, 0), new Vector3(0, 0, 1.5)));
                assertThat(echo.waitFor(WAIT)).isZero();
                assertThat(lines(echo.output())).containsSubsequence(
                        "linear:", "  x: 0.125", "  y: 0.0", "  z: 0.0", "angular:", "  x: 0.0", "  y: 0.0", "  z: 1.5", "---");
            }
        }
    }

    @Test
    void should_send_the_latched_message_to_a_subscriber_that_comes_later() throws Exception {
        try (Node node = node("/rosie_latch_test")) {
            Publisher<RosString> pub = node.newPublisher("/rosie_status_latched", RosString.TYPE, true);
            pub.publish(new RosString("first"));
            pub.publish(new RosString("docked and idle"));
            String out = RosTool.run(ros.core(), WAIT, "rostopic", "echo", "-n", "1", "/rosie_status_latched");
            assertThat(lines(out)).containsSubsequence("data: \"docked and idle\"", "---");
        }
    }

    @Test
    void should_list_rosies_node_in_rostopic_info() throws Exception {
        try (Node node = node("/rosie_info_test")) {
            node.newPublisher("/rosie_info_topic", RosString.TYPE);
            String out = RosTool.run(ros.core(), WAIT, "rostopic", "info", "/rosie_info_topic");
            assertThat(out).contains("Type: std_msgs/String").contains("/rosie_info_test (" + node.uri() + ")");
        }
    }

    @Test
    void should_publish_odometry_a_python_node_decodes_exactly() throws Exception {
        try (Node node = node("/rosie_odom_test")) {
            Publisher<Odometry> pub = node.newPublisher("/test_odom", Odometry.TYPE);
            double[] cov = new double[36];
            cov[0] = 0.01;
            cov[35] = 0.04;
            Odometry odom = new Odometry(new Header(7, new RosTime(1700000000, 500000000), "odom"), "base_link",
                    new PoseWithCovariance(new RosPose(new Point3(1.5, -2.25, 0), Quaternion.fromYaw(0)), new Covariance(cov)),
                    new TwistWithCovariance(Twist.planar(0.3, -0.2), Covariance.UNKNOWN));
            try (RosTool echo = RosTool.start(ros.core(), "rostopic", "echo", "-n", "1", "/test_odom")) {
                assertThat(pub.awaitSubscribers(1, WAIT)).as("echo output: %s", echo.output()).isTrue();
                pub.publish(odom);
                assertThat(echo.waitFor(WAIT)).isZero();
                assertThat(lines(echo.output())).containsSubsequence("header:", "  seq: 7", "  stamp:", "    secs: 1700000000",
                        "    nsecs: 500000000", "  frame_id: \"odom\"", "child_frame_id: \"base_link\"", "pose:", "  pose:",
                        "    position:", "      x: 1.5", "      y: -2.25", "      z: 0.0", "    orientation:", "      x: 0.0",
                        "      y: 0.0", "      z: 0.0", "      w: 1.0",
                        "  covariance: [0.01, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0,"
                                + " 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.04]",
                        "twist:", "  twist:", "    linear:", "      x: 0.3", "    angular:", "      z: -0.2");
            }
        }
    }

    @Test
    void should_publish_a_scan_and_an_image_python_decodes_exactly() throws Exception {
        try (Node node = node("/rosie_sensor_test")) {
            Publisher<LaserScan> scans = node.newPublisher("/test_scan", LaserScan.TYPE);
            Publisher<Image> images = node.newPublisher("/test_image", Image.TYPE);
            LaserScan scan = new LaserScan(new Header(1, new RosTime(5, 0), "laser"), -1.5f, 1.5f, 1.5f, 0f, 0.1f, 0.05f, 8f,
                    new float[] {1.25f, Float.POSITIVE_INFINITY, 0.5f}, new float[0]);
            Image image = new Image(new Header(2, new RosTime(6, 0), "camera"), 1, 2, Image.RGB8, 0, 6,
                    new byte[] {(byte) 255, 0, 0, 0, (byte) 128, 7});
            try (RosTool echoScan = RosTool.start(ros.core(), "rostopic", "echo", "-n", "1", "/test_scan");
                    RosTool echoImage = RosTool.start(ros.core(), "rostopic", "echo", "-n", "1", "/test_image")) {
                assertThat(scans.awaitSubscribers(1, WAIT)).isTrue();
                assertThat(images.awaitSubscribers(1, WAIT)).isTrue();
                scans.publish(scan);
                images.publish(image);
                assertThat(echoScan.waitFor(WAIT)).isZero();
                assertThat(echoImage.waitFor(WAIT)).isZero();
                assertThat(lines(echoScan.output())).containsSubsequence("angle_min: -1.5", "angle_max: 1.5",
                        "angle_increment: 1.5", "time_increment: 0.0", "scan_time: 0.10000000149011612",
                        "range_min: 0.05000000074505806", "range_max: 8.0", "ranges: [1.25, inf, 0.5]", "intensities: []");
                assertThat(lines(echoImage.output())).containsSubsequence("height: 1", "width: 2", "encoding: \"rgb8\"",
                        "is_bigendian: 0", "step: 6", "data: [255, 0, 0, 0, 128, 7]");
            }
        }
    }

    static java.util.List<String> lines(String text) {
        return text.lines().map(String::stripTrailing).toList();
    }
}
