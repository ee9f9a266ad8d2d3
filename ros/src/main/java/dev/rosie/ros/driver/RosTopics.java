package dev.rosie.ros.driver;

import java.util.Objects;
import java.util.Optional;

/**
 * The topics a Rosie body is wired to, on the robot side and on the bridge side alike. The
 * required three are the common ROS base: {@code cmd_vel} ({@code geometry_msgs/Twist}),
 * {@code odom} ({@code nav_msgs/Odometry}) and {@code scan} ({@code sensor_msgs/LaserScan}). The
 * optional ones, when present, are: a camera ({@code sensor_msgs/Image}, rgb8 or bgr8), a bumper
 * ({@code std_msgs/Bool}, true while pressed), a battery ({@code std_msgs/Float32}, charge as a
 * fraction 0..1), a dock ({@code std_msgs/Bool}, true while charging) and suction
 * ({@code std_msgs/Bool}, the vacuum motor command). An absent camera or suction topic means the
 * body lacks that capability.
 */
public record RosTopics(String cmdVel, String odom, String scan, Optional<String> camera, Optional<String> bumper,
        Optional<String> battery, Optional<String> docked, Optional<String> suction) {
    public RosTopics {
        Objects.requireNonNull(cmdVel, "cmdVel");
        Objects.requireNonNull(odom, "odom");
        Objects.requireNonNull(scan, "scan");
        Objects.requireNonNull(camera, "camera");
        Objects.requireNonNull(bumper, "bumper");
        Objects.requireNonNull(battery, "battery");
        Objects.requireNonNull(docked, "docked");
        Objects.requireNonNull(suction, "suction");
    }

    /** {@code /cmd_vel}, {@code /odom}, {@code /scan}, {@code /camera/image_raw}, {@code /bumper}, {@code /battery}, {@code /docked}, {@code /suction}. */
    public static RosTopics defaults() {
        return new RosTopics("/cmd_vel", "/odom", "/scan", Optional.of("/camera/image_raw"), Optional.of("/bumper"),
                Optional.of("/battery"), Optional.of("/docked"), Optional.of("/suction"));
    }

    /** The same topics with every name put under {@code prefix} (e.g. {@code /robot1}). */
    public RosTopics under(String prefix) {
        String p = prefix.endsWith("/") ? prefix.substring(0, prefix.length() - 1) : prefix;
        return new RosTopics(p + cmdVel, p + odom, p + scan, camera.map(t -> p + t), bumper.map(t -> p + t),
                battery.map(t -> p + t), docked.map(t -> p + t), suction.map(t -> p + t));
    }

    public RosTopics withoutCamera() {
        return new RosTopics(cmdVel, odom, scan, Optional.empty(), bumper, battery, docked, suction);
    }

    public RosTopics withoutSuction() {
        return new RosTopics(cmdVel, odom, scan, camera, bumper, battery, docked, Optional.empty());
    }
}
