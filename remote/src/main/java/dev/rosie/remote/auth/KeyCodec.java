package dev.rosie.remote.auth;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.rosie.core.InvalidInputException;
import dev.rosie.core.command.Trust;
import dev.rosie.remote.wire.Wire;
import java.nio.file.Path;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.HexFormat;

/** Reads and writes one key as JSON, naming the file and field when something is wrong. */
final class KeyCodec {
    private KeyCodec() {
    }

    static ObjectNode write(RemoteKey key) {
        ObjectNode node = Wire.object();
        node.put("id", key.id());
        node.put("principal", key.principal());
        node.put("trust", key.trust().wireName());
        node.put("secret", key.secretHex());
        node.put("created", key.created().toString());
        return node;
    }

    static RemoteKey read(JsonNode node, Path file, String where) {
        if (node == null || !node.isObject()) {
            throw bad(file, where, "must be an object with id, principal, trust, secret, created");
        }
        String id = text(node, "id", file, where);
        String principal = text(node, "principal", file, where);
        Trust trust;
        try {
            trust = Trust.parse(text(node, "trust", file, where));
        } catch (InvalidInputException e) {
            throw bad(file, where + ".trust", e.getMessage());
        }
        byte[] secret;
        try {
            secret = HexFormat.of().parseHex(text(node, "secret", file, where));
        } catch (IllegalArgumentException e) {
            throw bad(file, where + ".secret", "must be " + 2 * RemoteKey.SECRET_BYTES + " hex digits");
        }
        Instant created;
        try {
            created = Instant.parse(text(node, "created", file, where));
        } catch (DateTimeParseException e) {
            throw bad(file, where + ".created", "must be an ISO-8601 instant such as 2025-01-31T10:00:00Z");
        }
        try {
            return new RemoteKey(id, principal, trust, secret, created);
        } catch (InvalidInputException e) {
            throw bad(file, where, e.getMessage());
        }
    }

    private static String text(JsonNode node, String field, Path file, String where) {
        JsonNode value = node.get(field);
        if (value == null || !value.isTextual()) {
            throw bad(file, where + "." + field, "is missing or not a string");
        }
        return value.textValue();
    }

    static InvalidInputException bad(Path file, String where, String problem) {
        return new InvalidInputException(file + ": " + where + " " + problem);
    }
}
