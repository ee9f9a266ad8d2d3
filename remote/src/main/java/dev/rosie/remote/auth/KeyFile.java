package dev.rosie.remote.auth;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.rosie.core.InvalidInputException;
import dev.rosie.remote.DurableFiles;
import dev.rosie.remote.wire.MalformedPayloadException;
import dev.rosie.remote.wire.Wire;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/**
 * A key as handed to an operator: one JSON file ({@code {"v":1,"id":..,"principal":..,"trust":..,
 * "secret":..,"created":..}}) that {@code rosie remote send --key FILE} signs with.
 */
public final class KeyFile {
    private KeyFile() {
    }

    public static RemoteKey read(Path file) {
        String json;
        try {
            json = Files.readString(file);
        } catch (NoSuchFileException e) {
            throw new InvalidInputException("key file " + file + " does not exist; create one with"
                    + " 'rosie remote keygen --principal NAME --trust owner|operator'");
        } catch (IOException e) {
            throw new InvalidInputException("cannot read key file " + file + ": " + e.getMessage(), e);
        }
        JsonNode node;
        try {
            node = Wire.parse(json);
        } catch (MalformedPayloadException e) {
            throw new InvalidInputException("key file " + file + " is not JSON: " + e.getMessage());
        }
        JsonNode v = node.get("v");
        if (v == null || !v.isIntegralNumber() || v.asInt() != Wire.VERSION) {
            throw KeyCodec.bad(file, "v", "must be " + Wire.VERSION);
        }
        return KeyCodec.read(node, file, "key");
    }

    static void write(Path file, RemoteKey key) {
        ObjectNode node = Wire.document();
        node.setAll(KeyCodec.write(key));
        DurableFiles.writeAtomically(file, Wire.text(node) + "\n");
    }
}
