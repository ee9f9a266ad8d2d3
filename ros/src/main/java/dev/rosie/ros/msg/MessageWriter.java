package dev.rosie.ros.msg;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/** Writes ROS 1 serialised fields: little-endian numbers, uint32-length-prefixed strings and arrays. */
public final class MessageWriter {
    private ByteBuffer buf = ByteBuffer.allocate(64).order(ByteOrder.LITTLE_ENDIAN);

    private void room(int n) {
        if (buf.remaining() < n) {
            ByteBuffer bigger = ByteBuffer.allocate(Math.max(buf.capacity() * 2, buf.position() + n))
                    .order(ByteOrder.LITTLE_ENDIAN);
            buf.flip();
            bigger.put(buf);
            buf = bigger;
        }
    }

    public MessageWriter bool(boolean v) {
        return uint8(v ? 1 : 0);
    }

    public MessageWriter uint8(int v) {
        if (v < 0 || v > 255) {
            throw new IllegalArgumentException("uint8 out of range: " + v);
        }
        room(1);
        buf.put((byte) v);
        return this;
    }

    public MessageWriter int32(int v) {
        room(4);
        buf.putInt(v);
        return this;
    }

    public MessageWriter uint32(long v) {
        if (v < 0 || v > 0xFFFF_FFFFL) {
            throw new IllegalArgumentException("uint32 out of range: " + v);
        }
        room(4);
        buf.putInt((int) v);
        return this;
    }

    public MessageWriter float32(float v) {
        room(4);
        buf.putFloat(v);
        return this;
    }

    public MessageWriter float64(double v) {
        room(8);
        buf.putDouble(v);
        return this;
    }

    public MessageWriter string(String v) {
        return bytes(v.getBytes(StandardCharsets.UTF_8));
    }

    /** A variable-length {@code uint8[]}: its length, then the bytes. */
    public MessageWriter bytes(byte[] v) {
        uint32(v.length);
        room(v.length);
        buf.put(v);
        return this;
    }

    public MessageWriter time(RosTime t) {
        return uint32(t.secs()).uint32(t.nsecs());
    }

    /** A variable-length {@code float32[]}. */
    public MessageWriter float32Array(float[] v) {
        uint32(v.length);
        room(4 * v.length);
        for (float f : v) {
            buf.putFloat(f);
        }
        return this;
    }

    /** A fixed-length {@code float64[n]}: no length prefix on the wire. */
    public MessageWriter float64Fixed(double[] v, int n) {
        if (v.length != n) {
            throw new IllegalArgumentException("a float64[" + n + "] needs " + n + " values, not " + v.length);
        }
        room(8 * n);
        for (double d : v) {
            buf.putDouble(d);
        }
        return this;
    }

    public byte[] toByteArray() {
        return Arrays.copyOf(buf.array(), buf.position());
    }
}
