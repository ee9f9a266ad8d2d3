package dev.rosie.remote.wire;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** Version and limits of the wire format, and the one JSON mapper both directions use. */
public final class Wire {
    /** The only version this robot speaks; every document carries it as {@code "v"}. */
    public static final int VERSION = 1;
    /** Larger payloads are refused before anything parses them. */
    public static final int MAX_PAYLOAD = 16 * 1024;
    /** Command text, in characters, as sent (intake then applies its own limit to the normalised text). */
    public static final int MAX_TEXT = 2000;

    /**
     * Tight limits on what the parser will build from an untrusted payload, duplicate keys refused
     * (two different "text" fields would let a signer and a reader disagree), trailing data refused.
     */
    static final ObjectMapper MAPPER = JsonMapper.builder(JsonFactory.builder()
                    .streamReadConstraints(StreamReadConstraints.builder()
                            .maxNestingDepth(16).maxStringLength(MAX_PAYLOAD).maxNumberLength(32).build())
                    .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
                    .build())
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .disable(JsonParser.Feature.INCLUDE_SOURCE_IN_LOCATION)
            .build();

    private Wire() {
    }

    /** A new document with {@code "v"} set, ready for fields. */
    public static ObjectNode document() {
        ObjectNode node = MAPPER.createObjectNode();
        node.put("v", VERSION);
        return node;
    }

    public static ObjectNode object() {
        return MAPPER.createObjectNode();
    }

    public static byte[] bytes(JsonNode node) {
        try {
            return MAPPER.writeValueAsBytes(node);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static String text(JsonNode node) {
        return new String(bytes(node), StandardCharsets.UTF_8);
    }

    /** Parses a document this side wrote or a trusted file; untrusted payloads go through {@link PayloadReader}. */
    public static JsonNode parse(String json) {
        try {
            return MAPPER.readTree(json);
        } catch (IOException e) {
            throw new MalformedPayloadException("not-json", "not JSON: " + e.getMessage());
        }
    }
}
