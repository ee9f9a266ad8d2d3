package dev.rosie.ros.msg;

import java.util.Objects;

/** {@code geometry_msgs/TwistWithCovariance}. */
public record TwistWithCovariance(Twist twist, Covariance covariance) {
    public static final MessageCodec<TwistWithCovariance> CODEC = new MessageCodec<>() {
        @Override
        public void write(TwistWithCovariance t, MessageWriter out) {
            Twist.CODEC.write(t.twist, out);
            t.covariance.write(out);
        }

        @Override
        public TwistWithCovariance read(MessageReader in) {
            return new TwistWithCovariance(Twist.CODEC.read(in), Covariance.read(in));
        }
    };

    public TwistWithCovariance {
        Objects.requireNonNull(twist, "twist");
        Objects.requireNonNull(covariance, "covariance");
    }
}
