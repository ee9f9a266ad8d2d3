package dev.rosie.ros.msg;

/** {@code std_msgs/Bool}. */
public record RosBool(boolean data) {
    public static final MessageType<RosBool> TYPE = MessageType.of("std_msgs/Bool", new MessageCodec<>() {
        @Override
        public void write(RosBool m, MessageWriter out) {
            out.bool(m.data);
        }

        @Override
        public RosBool read(MessageReader in) {
            return new RosBool(in.bool());
        }
    });
}
