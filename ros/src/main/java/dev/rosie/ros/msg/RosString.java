package dev.rosie.ros.msg;

import java.util.Objects;

/** {@code std_msgs/String}. */
public record RosString(String data) {
    public static final MessageType<RosString> TYPE = MessageType.of("std_msgs/String", new MessageCodec<>() {
        @Override
        public void write(RosString m, MessageWriter out) {
            out.string(m.data);
        }

        @Override
        public RosString read(MessageReader in) {
            return new RosString(in.string());
        }
    });

    public RosString {
        Objects.requireNonNull(data, "data");
    }
}
