package dev.rosie.ros.msg;

/** {@code std_msgs/Float32}. */
public record RosFloat32(float data) {
    public static final MessageType<RosFloat32> TYPE = MessageType.of("std_msgs/Float32", new MessageCodec<>() {
        @Override
        public void write(RosFloat32 m, MessageWriter out) {
            out.float32(m.data);
        }

        @Override
        public RosFloat32 read(MessageReader in) {
            return new RosFloat32(in.float32());
        }
    });
}
