package dev.rosie.ros.msg;

import dev.rosie.core.InvalidInputException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Reads ROS 1 serialised fields. A length prefix that points past the end of the message, or
 * bytes left over at the end, are refused with an {@link InvalidInputException} that says where:
 * a peer with a mismatched definition must not make Rosie allocate gigabytes or read garbage.
 */
public final class MessageReader {
    private final ByteBuffer buf;
    private final String type;

    public MessageReader(byte[] data, String type) {
        this.buf = ByteBuffer.wrap(data).order(ByteOrder.LITTLE_ENDIAN);
        this.type = type;
    }

    private void need(int n, String what) {
        if (n < 0 || buf.remaining() < n) {
            throw new InvalidInputException("truncated " + type + " message: " + what + " needs " + n + " bytes at offset "
                    + buf.position() + " but only " + buf.remaining() + " remain");
        }
    }

    public boolean bool() {
        return uint8() != 0;
    }

    public int uint8() {
        need(1, "uint8");
        return buf.get() & 0xff;
    }

    public int int32() {
        need(4, "int32");
        return buf.getInt();
    }

    public long uint32() {
        need(4, "uint32");
        return buf.getInt() & 0xFFFF_FFFFL;
    }

    public float float32() {
        need(4, "float32");
        return buf.getFloat();
    }

    public double float64() {
        need(8, "float64");
        return buf.getDouble();
    }

    public String string() {
        byte[] raw = bytes();
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(raw)).toString();
        } catch (CharacterCodingException e) {
            throw new InvalidInputException("a string in a " + type + " message is not UTF-8", e);
        }
    }

    public byte[] bytes() {
        long n = uint32();
        need((int) Math.min(n, Integer.MAX_VALUE), "a uint8[" + n + "]");
        byte[] out = new byte[(int) n];
        buf.get(out);
        return out;
    }

    public RosTime time() {
        return new RosTime(uint32(), uint32());
    }

    public float[] float32Array() {
        long n = uint32();
        need((int) Math.min(n * 4, Integer.MAX_VALUE), "a float32[" + n + "]");
        float[] out = new float[(int) n];
        buf.asFloatBuffer().get(out);
        buf.position(buf.position() + 4 * out.length);
        return out;
    }

    public double[] float64Fixed(int n) {
        need(8 * n, "a float64[" + n + "]");
        double[] out = new double[n];
        for (int i = 0; i < n; i++) {
            out[i] = buf.getDouble();
        }
        return out;
    }

    /** Fails when bytes are left: the peer's message is longer than the definition we agreed on. */
    public void end() {
        if (buf.hasRemaining()) {
            throw new InvalidInputException(buf.remaining() + " unexpected bytes after a complete " + type + " message");
        }
    }
}
