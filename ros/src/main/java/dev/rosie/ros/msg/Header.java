package dev.rosie.ros.msg;

import java.util.Objects;

/** {@code std_msgs/Header}: a sequence number, a time stamp and the frame the data is in. */
public record Header(long seq, RosTime stamp, String frameId) {
    public static final MessageCodec<Header> CODEC = new MessageCodec<>() {
        @Override
        public void write(Header h, MessageWriter out) {
            out.uint32(h.seq).time(h.stamp).string(h.frameId);
        }

        @Override
        public Header read(MessageReader in) {
            return new Header(in.uint32(), in.time(), in.string());
        }
    };

    public Header {
        Objects.requireNonNull(stamp, "stamp");
        Objects.requireNonNull(frameId, "frameId");
    }
}
