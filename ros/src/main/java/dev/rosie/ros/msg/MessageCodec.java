package dev.rosie.ros.msg;

/** Writes and reads one message type's fields, in definition order. */
public interface MessageCodec<T> {
    void write(T message, MessageWriter out);

    T read(MessageReader in);
}
