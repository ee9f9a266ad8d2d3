package dev.rosie.ros.driver;

import dev.rosie.core.robot.CameraFrame;
import dev.rosie.core.robot.RangeScan;
import dev.rosie.core.world.Pose;
import dev.rosie.ros.msg.Covariance;
import dev.rosie.ros.msg.Header;
import dev.rosie.ros.msg.Image;
import dev.rosie.ros.msg.LaserScan;
import dev.rosie.ros.msg.Odometry;
import dev.rosie.ros.msg.Point3;
import dev.rosie.ros.msg.PoseWithCovariance;
import dev.rosie.ros.msg.Quaternion;
import dev.rosie.ros.msg.RosPose;
import dev.rosie.ros.msg.Twist;
import dev.rosie.ros.msg.TwistWithCovariance;
import java.time.Instant;
import java.util.Optional;

/**
 * Between Rosie's body vocabulary and ROS messages. Both directions live here so the driver (ROS
 * to Rosie) and the bridge (Rosie to ROS) cannot drift apart.
 */
public final class Conversions {
    private Conversions() {}

    /** The planar pose in an odometry message. */
    public static Pose pose(Odometry o) {
        RosPose p = o.pose().pose();
        return new Pose(p.position().x(), p.position().y(), p.orientation().yaw());
    }

    public static Odometry odometry(Header header, String childFrame, Pose pose, double linear, double angular) {
        return new Odometry(header, childFrame,
                new PoseWithCovariance(new RosPose(new Point3(pose.x(), pose.y(), 0), Quaternion.fromYaw(pose.theta())),
                        Covariance.UNKNOWN),
                new TwistWithCovariance(Twist.planar(linear, angular), Covariance.UNKNOWN));
    }

    /**
     * A ROS scan as Rosie's {@link RangeScan}. ROS marks "no return" in several ways (NaN, inf, a
     * value outside [range_min, range_max]); Rosie has one, +Infinity. Empty when the scan has no
     * beams or no usable geometry.
     */
    public static Optional<RangeScan> scan(LaserScan s) {
        float[] ranges = s.ranges();
        if (ranges.length == 0 || !(s.rangeMax() > 0) || !Float.isFinite(s.angleMin()) || !Float.isFinite(s.angleIncrement())) {
            return Optional.empty();
        }
        for (int i = 0; i < ranges.length; i++) {
            float r = ranges[i];
            if (!(r >= s.rangeMin() && r <= s.rangeMax())) {
                ranges[i] = Float.POSITIVE_INFINITY;
            }
        }
        return Optional.of(new RangeScan(s.angleMin(), s.angleIncrement(), s.rangeMax(), ranges));
    }

    public static LaserScan laserScan(Header header, RangeScan scan, float rangeMin) {
        float angleMin = (float) scan.angleMin();
        float increment = (float) scan.angleIncrement();
        return new LaserScan(header, angleMin, (float) scan.angle(scan.beams() - 1), increment, 0f, 0f, rangeMin,
                (float) scan.rangeMax(), scan.ranges(), new float[0]);
    }

    /**
     * A ROS image as a {@link CameraFrame}, for the encodings Rosie's perception reads (rgb8, and
     * bgr8 with the channels swapped); rows may carry padding ({@code step > 3 * width}).
     *
     * @throws IllegalArgumentException naming the problem for any other encoding or an inconsistent size
     */
    public static CameraFrame frame(Image image, Instant at, Pose pose) {
        boolean bgr = image.encoding().equals(Image.BGR8);
        if (!bgr && !image.encoding().equals(Image.RGB8)) {
            throw new IllegalArgumentException("image encoding '" + image.encoding() + "' is not supported; publish rgb8 or bgr8");
        }
        long width = image.width();
        long height = image.height();
        if (width <= 0 || height <= 0 || width * 3 > image.step() || width * height * 3 > Integer.MAX_VALUE) {
            throw new IllegalArgumentException("image " + width + "x" + height + " with step " + image.step()
                    + " is not a valid 8-bit 3-channel image");
        }
        byte[] data = image.data();
        if (data.length < image.step() * height) {
            throw new IllegalArgumentException("image data has " + data.length + " bytes; " + width + "x" + height
                    + " with step " + image.step() + " needs " + image.step() * height);
        }
        int w = (int) width;
        int h = (int) height;
        int step = (int) image.step();
        byte[] rgb = new byte[w * h * 3];
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                int src = y * step + x * 3;
                int dst = (y * w + x) * 3;
                rgb[dst] = data[src + (bgr ? 2 : 0)];
                rgb[dst + 1] = data[src + 1];
                rgb[dst + 2] = data[src + (bgr ? 0 : 2)];
            }
        }
        return new CameraFrame(at, pose, w, h, rgb);
    }

    public static Image image(Header header, CameraFrame frame) {
        return new Image(header, frame.height(), frame.width(), Image.RGB8, 0, 3L * frame.width(), frame.rgb());
    }
}
