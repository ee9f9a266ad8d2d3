package dev.rosie.ros.msg;

import java.util.Objects;

/** {@code nav_msgs/Odometry}: pose in {@code header.frameId}, twist in {@code childFrameId}. */
public record Odometry(Header header, String childFrameId, PoseWithCovariance pose, TwistWithCovariance twist) {
    public static final MessageType<Odometry> TYPE = MessageType.of("nav_msgs/Odometry", new MessageCodec<>() {
        @Override
        public void write(Odometry o, MessageWriter out) {
            Header.CODEC.write(o.header, out);
            out.string(o.childFrameId);
            PoseWithCovariance.CODEC.write(o.pose, out);
            TwistWithCovariance.CODEC.write(o.twist, out);
        }

        @Override
        public Odometry read(MessageReader in) {
            return new Odometry(Header.CODEC.read(in), in.string(), PoseWithCovariance.CODEC.read(in),
                    TwistWithCovariance.CODEC.read(in));
        }
    });

    public Odometry {
        Objects.requireNonNull(header, "header");
        Objects.requireNonNull(childFrameId, "childFrameId");
        Objects.requireNonNull(pose, "pose");
        Objects.requireNonNull(twist, "twist");
    }
}
