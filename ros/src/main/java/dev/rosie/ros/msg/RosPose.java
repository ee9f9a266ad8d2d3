package dev.rosie.ros.msg;

import java.util.Objects;

/** {@code geometry_msgs/Pose}. */
public record RosPose(Point3 position, Quaternion orientation) {
    public static final MessageCodec<RosPose> CODEC = new MessageCodec<>() {
        @Override
        public void write(RosPose p, MessageWriter out) {
            Point3.CODEC.write(p.position, out);
            Quaternion.CODEC.write(p.orientation, out);
        }

        @Override
        public RosPose read(MessageReader in) {
            return new RosPose(Point3.CODEC.read(in), Quaternion.CODEC.read(in));
        }
    };

    public RosPose {
        Objects.requireNonNull(position, "position");
        Objects.requireNonNull(orientation, "orientation");
    }
}
