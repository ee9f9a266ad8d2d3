package dev.rosie.ros.msg;

/** {@code geometry_msgs/Point}. */
public record Point3(double x, double y, double z) {
    public static final MessageCodec<Point3> CODEC = new MessageCodec<>() {
        @Override
        public void write(Point3 p, MessageWriter out) {
            out.float64(p.x).float64(p.y).float64(p.z);
        }

        @Override
        public Point3 read(MessageReader in) {
            return new Point3(in.float64(), in.float64(), in.float64());
        }
    };
}
