package dev.rosie.ros.node;

import dev.rosie.core.InvalidInputException;
import java.io.ByteArrayOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * A TCPROS connection header: a little-endian uint32 total length, then fields, each a uint32
 * length and {@code key=value}. Both sides send one before any message; it names the caller, the
 * topic, the type, the md5sum and the definition, or carries an {@code error}.
 */
public record ConnectionHeader(Map<String, String> fields) {
    /** A header is a few kilobytes; anything this large is not a ROS peer. */
    public static final int MAX_BYTES = 1 << 20;

    public static final String CALLER_ID = "callerid";
    public static final String TOPIC = "topic";
    public static final String TYPE = "type";
    public static final String MD5SUM = "md5sum";
    public static final String DEFINITION = "message_definition";
    public static final String LATCHING = "latching";
    public static final String TCP_NODELAY = "tcp_nodelay";
    public static final String ERROR = "error";

    public ConnectionHeader {
        fields = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(fields));
    }

    public static ConnectionHeader error(String message) {
        return new ConnectionHeader(Map.of(ERROR, message));
    }

    public Optional<String> get(String key) {
        return Optional.ofNullable(fields.get(key));
    }

    public String getOr(String key, String fallback) {
        return fields.getOrDefault(key, fallback);
    }

    public byte[] encode() {
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        for (Map.Entry<String, String> f : fields.entrySet()) {
            byte[] field = (f.getKey() + "=" + f.getValue()).getBytes(StandardCharsets.UTF_8);
            writeInt(body, field.length);
            body.writeBytes(field);
        }
        ByteArrayOutputStream all = new ByteArrayOutputStream();
        writeInt(all, body.size());
        all.writeBytes(body.toByteArray());
        return all.toByteArray();
    }

    /** Reads one header, refusing one that is oversized or malformed with a message saying how. */
    public static ConnectionHeader read(InputStream in) throws IOException {
        long total = readUint32(in);
        if (total > MAX_BYTES) {
            throw new InvalidInputException("connection header of " + total + " bytes exceeds " + MAX_BYTES
                    + " (is the peer speaking TCPROS?)");
        }
        ByteBuffer buf = ByteBuffer.wrap(readFully(in, (int) total)).order(ByteOrder.LITTLE_ENDIAN);
        Map<String, String> fields = new LinkedHashMap<>();
        while (buf.hasRemaining()) {
            if (buf.remaining() < 4) {
                throw new InvalidInputException("connection header ends inside a field length");
            }
            int len = buf.getInt();
            if (len < 0 || len > buf.remaining()) {
                throw new InvalidInputException("connection header field of " + len + " bytes overruns the header");
            }
            byte[] field = new byte[len];
            buf.get(field);
            String text = new String(field, StandardCharsets.UTF_8);
            int eq = text.indexOf('=');
            if (eq <= 0) {
                throw new InvalidInputException("connection header field '" + abbreviate(text) + "' is not key=value");
            }
            fields.put(text.substring(0, eq), text.substring(eq + 1));
        }
        return new ConnectionHeader(fields);
    }

    static long readUint32(InputStream in) throws IOException {
        byte[] b = readFully(in, 4);
        return ByteBuffer.wrap(b).order(ByteOrder.LITTLE_ENDIAN).getInt() & 0xFFFF_FFFFL;
    }

    static byte[] readFully(InputStream in, int n) throws IOException {
        byte[] b = in.readNBytes(n);
        if (b.length < n) {
            throw new EOFException("connection closed after " + b.length + " of " + n + " bytes");
        }
        return b;
    }

    static void writeInt(ByteArrayOutputStream out, int v) {
        out.write(v);
        out.write(v >>> 8);
        out.write(v >>> 16);
        out.write(v >>> 24);
    }

    static byte[] frame(byte[] payload) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(payload.length + 4);
        writeInt(out, payload.length);
        out.writeBytes(payload);
        return out.toByteArray();
    }

    private static String abbreviate(String s) {
        return s.length() > 40 ? s.substring(0, 40) + "..." : s;
    }

    @Override
    public String toString() {
        Map<String, String> shown = new LinkedHashMap<>(fields);
        shown.computeIfPresent(DEFINITION, (k, v) -> "<" + v.length() + " chars>");
        return shown.toString();
    }
}
