package dev.rosie.ros.msg;

/** {@code geometry_msgs/Quaternion}, with the planar conversions a ground robot needs. */
public record Quaternion(double x, double y, double z, double w) {
    public static final MessageCodec<Quaternion> CODEC = new MessageCodec<>() {
        @Override
        public void write(Quaternion q, MessageWriter out) {
            out.float64(q.x).float64(q.y).float64(q.z).float64(q.w);
        }

        @Override
        public Quaternion read(MessageReader in) {
            return new Quaternion(in.float64(), in.float64(), in.float64(), in.float64());
        }
    };

    /** A rotation of {@code yaw} radians about +z. */
    public static Quaternion fromYaw(double yaw) {
        return new Quaternion(0, 0, Math.sin(yaw / 2), Math.cos(yaw / 2));
    }

    /** The heading about +z; works for unnormalised quaternions too. */
    public double yaw() {
        return Math.atan2(2 * (w * z + x * y), 1 - 2 * (y * y + z * z));
    }
}
