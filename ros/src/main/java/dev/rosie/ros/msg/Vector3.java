package dev.rosie.ros.msg;

/** {@code geometry_msgs/Vector3}. */
public record Vector3(double x, double y, double z) {
    public static final Vector3 ZERO = new Vector3(0, 0, 0);

    public static final MessageCodec<Vector3> CODEC = new MessageCodec<>() {
        @Override
        public void write(Vector3 v, MessageWriter out) {
            out.float64(v.x).float64(v.y).float64(v.z);
        }

        @Override
        public Vector3 read(MessageReader in) {
            return new Vector3(in.float64(), in.float64(), in.float64());
        }
    };
}
