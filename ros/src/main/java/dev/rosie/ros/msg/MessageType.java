package dev.rosie.ros.msg;

import java.util.Objects;

/**
 * A ROS message type: its name ({@code pkg/Name}), md5sum and full definition, and how to turn a
 * message into bytes and back. Publishers and subscribers are typed by one of these.
 */
public final class MessageType<T> {
    private static final MessageDefinitions DEFINITIONS = new MessageDefinitions();

    private final String name;
    private final String md5sum;
    private final String definition;
    private final MessageCodec<T> codec;

    private MessageType(String name, MessageCodec<T> codec) {
        this.name = Objects.requireNonNull(name, "name");
        this.codec = Objects.requireNonNull(codec, "codec");
        this.md5sum = DEFINITIONS.md5(name);
        this.definition = DEFINITIONS.fullText(name);
    }

    /** A type whose definition is shipped under {@code defs/}; fails if it is not. */
    public static <T> MessageType<T> of(String name, MessageCodec<T> codec) {
        return new MessageType<>(name, codec);
    }

    public String name() {
        return name;
    }

    public String md5sum() {
        return md5sum;
    }

    public String definition() {
        return definition;
    }

    public byte[] serialize(T message) {
        MessageWriter out = new MessageWriter();
        codec.write(Objects.requireNonNull(message, "message"), out);
        return out.toByteArray();
    }

    /** Parses a whole message; refuses truncated input and trailing bytes. */
    public T deserialize(byte[] data) {
        MessageReader in = new MessageReader(data, name);
        T message = codec.read(in);
        in.end();
        return message;
    }

    @Override
    public String toString() {
        return name + " (" + md5sum + ")";
    }
}
