package dev.rosie.remote.wire;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.databind.JsonNode;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Iterator;
import java.util.List;

/**
 * Turns the bytes of a {@code cmd} or {@code estop} payload into an {@link Inbound}, or throws a
 * {@link MalformedPayloadException} that names the problem. Checks run cheapest first: size, UTF-8,
 * JSON, shape, then each field's type and format.
 */
public final class PayloadReader {
    public static final List<String> CMD_FIELDS = List.of("v", "text", "key", "ts", "nonce", "sig");
    public static final List<String> ESTOP_FIELDS = List.of("v", "action", "key", "ts", "nonce", "sig");

    public Inbound read(Kind kind, byte[] payload) {
        String text = decode(payload);
        JsonNode root = parse(text);
        List<String> accepted = kind == Kind.CMD ? CMD_FIELDS : ESTOP_FIELDS;
        for (Iterator<String> names = root.fieldNames(); names.hasNext(); ) {
            String name = names.next();
            if (!accepted.contains(name)) {
                throw schema("unknown field '" + clip(name) + "'; a " + kind.wireName() + " payload accepts "
                        + String.join(", ", accepted));
            }
        }
        String body = kind == Kind.CMD ? commandText(root) : estopAction(root);
        if (!root.has("sig")) {
            if (root.has("v")) {
                version(root);
            }
            return new Inbound.Unsigned(kind, body);
        }
        int v = version(root);
        String key = string(root, "key", Inbound.Signed.KEY_ID.pattern(), "a key id from 'rosie remote keygen'");
        long ts = timestamp(root);
        String nonce = string(root, "nonce", Inbound.Signed.NONCE.pattern(), "16-64 random letters, digits, '-' or '_'");
        String sig = string(root, "sig", Inbound.Signed.SIG.pattern(), "64 lowercase hex digits (HMAC-SHA256)");
        return new Inbound.Signed(kind, v, body, key, ts, nonce, sig);
    }

    private static String decode(byte[] payload) {
        if (payload == null || payload.length == 0) {
            throw new MalformedPayloadException("empty", "the payload is empty; send a JSON object (see MQTT.md)");
        }
        if (payload.length > Wire.MAX_PAYLOAD) {
            throw new MalformedPayloadException("oversized",
                    "the payload is " + payload.length + " bytes; the limit is " + Wire.MAX_PAYLOAD);
        }
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(payload);
        try {
            return decoder.decode(in).toString();
        } catch (CharacterCodingException e) {
            throw new MalformedPayloadException("binary", "the payload is not UTF-8 text (binary data?): invalid byte"
                    + " sequence near byte " + in.position() + " of " + payload.length);
        }
    }

    private static JsonNode parse(String text) {
        JsonNode root;
        try {
            root = Wire.MAPPER.readTree(text);
        } catch (JacksonException e) {
            JsonLocation at = e.getLocation();
            String where = at == null ? "" : " at line " + at.getLineNr() + ", column " + at.getColumnNr();
            throw new MalformedPayloadException("not-json", "the payload is not valid JSON" + where + ": "
                    + clip(firstLine(e.getOriginalMessage())));
        }
        if (root == null || root.isMissingNode()) {
            throw new MalformedPayloadException("not-json", "the payload is blank; send a JSON object (see MQTT.md)");
        }
        if (!root.isObject()) {
            throw schema("the payload must be a JSON object, not " + describe(root));
        }
        return root;
    }

    private static String commandText(JsonNode root) {
        JsonNode text = root.get("text");
        if (text == null) {
            throw schema("field 'text' is missing; a cmd payload needs the command as a string");
        }
        if (!text.isTextual()) {
            throw schema("field 'text' must be a string, not " + describe(text));
        }
        String value = text.textValue();
        if (value.isBlank()) {
            throw schema("field 'text' is empty; say what the robot should do");
        }
        if (value.length() > Wire.MAX_TEXT) {
            throw schema("field 'text' is " + value.length() + " characters; the limit is " + Wire.MAX_TEXT);
        }
        return value;
    }

    private static String estopAction(JsonNode root) {
        JsonNode action = root.get("action");
        if (action == null) {
            throw schema("field 'action' is missing; an estop payload needs \"engage\" or \"release\"");
        }
        if (!action.isTextual() || EstopAction.parse(action.textValue()).isEmpty()) {
            throw schema("field 'action' must be \"engage\" or \"release\", not " + describe(action));
        }
        return action.textValue();
    }

    private static int version(JsonNode root) {
        JsonNode v = root.get("v");
        if (v == null) {
            throw schema("field 'v' is missing; a signed payload must say its version (1)");
        }
        if (!v.isIntegralNumber() || v.asLong() != Wire.VERSION) {
            throw schema("field 'v' must be the integer " + Wire.VERSION + " (the only version this robot speaks), not "
                    + describe(v));
        }
        return Wire.VERSION;
    }

    private static long timestamp(JsonNode root) {
        JsonNode ts = root.get("ts");
        if (ts == null) {
            throw schema("field 'ts' is missing; a signed payload needs the send time in epoch milliseconds");
        }
        if (!ts.isIntegralNumber() || !ts.canConvertToLong() || ts.asLong() < 0) {
            throw schema("field 'ts' must be a non-negative integer (epoch milliseconds), not " + describe(ts));
        }
        return ts.asLong();
    }

    private static String string(JsonNode root, String field, String pattern, String expected) {
        JsonNode node = root.get(field);
        if (node == null) {
            throw schema("field '" + field + "' is missing; a signed payload needs " + expected);
        }
        if (!node.isTextual() || !node.textValue().matches(pattern)) {
            throw schema("field '" + field + "' must be " + expected + ", not " + describe(node));
        }
        return node.textValue();
    }

    private static MalformedPayloadException schema(String message) {
        return new MalformedPayloadException("schema", message);
    }

    /** A short, safe rendering of a value for an error message: never the whole of a large payload. */
    static String describe(JsonNode node) {
        return switch (node.getNodeType()) {
            case STRING -> "the string \"" + clip(node.textValue()) + "\"";
            case NUMBER -> "the number " + clip(node.asText());
            case BOOLEAN -> "the boolean " + node.asText();
            case NULL -> "null";
            case ARRAY -> "an array";
            case OBJECT -> "an object";
            default -> "a " + node.getNodeType().name().toLowerCase(java.util.Locale.ROOT);
        };
    }

    static String clip(String s) {
        if (s == null) {
            return "";
        }
        StringBuilder out = new StringBuilder();
        s.codePoints().limit(40).forEach(cp -> {
            if (Character.isISOControl(cp) || Character.getType(cp) == Character.FORMAT) {
                out.append(String.format("\\u%04x", cp));
            } else {
                out.appendCodePoint(cp);
            }
        });
        return s.codePointCount(0, s.length()) > 40 ? out + "..." : out.toString();
    }

    private static String firstLine(String s) {
        if (s == null) {
            return "";
        }
        int nl = s.indexOf('\n');
        return nl < 0 ? s : s.substring(0, nl);
    }
}
