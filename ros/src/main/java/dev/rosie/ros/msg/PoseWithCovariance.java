package dev.rosie.ros.msg;

import java.util.Objects;

/** {@code geometry_msgs/PoseWithCovariance}. */
public record PoseWithCovariance(RosPose pose, Covariance covariance) {
    public static final MessageCodec<PoseWithCovariance> CODEC = new MessageCodec<>() {
        @Override
        public void write(PoseWithCovariance p, MessageWriter out) {
            RosPose.CODEC.write(p.pose, out);
            p.covariance.write(out);
        }

        @Override
        public PoseWithCovariance read(MessageReader in) {
            return new PoseWithCovariance(RosPose.CODEC.read(in), Covariance.read(in));
        }
    };

    public PoseWithCovariance {
        Objects.requireNonNull(pose, "pose");
        Objects.requireNonNull(covariance, "covariance");
    }
}
