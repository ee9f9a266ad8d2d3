package dev.rosie.ros.msg;

import java.util.Objects;

/** {@code geometry_msgs/Twist}: what {@code cmd_vel} carries. */
public record Twist(Vector3 linear, Vector3 angular) {
    public static final MessageCodec<Twist> CODEC = new MessageCodec<>() {
        @Override
        public void write(Twist t, MessageWriter out) {
            Vector3.CODEC.write(t.linear, out);
            Vector3.CODEC.write(t.angular, out);
        }

        @Override
        public Twist read(MessageReader in) {
            return new Twist(Vector3.CODEC.read(in), Vector3.CODEC.read(in));
        }
    };
    public static final MessageType<Twist> TYPE = MessageType.of("geometry_msgs/Twist", CODEC);

    public Twist {
        Objects.requireNonNull(linear, "linear");
        Objects.requireNonNull(angular, "angular");
    }

    /** A planar velocity: forward speed along x and turn rate about z. */
    public static Twist planar(double forward, double turn) {
        return new Twist(new Vector3(forward, 0, 0), new Vector3(0, 0, turn));
    }
}
