package dev.rosie.remote.auth;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.rosie.core.InvalidInputException;
import dev.rosie.core.RosieException;
import dev.rosie.core.command.Trust;
import dev.rosie.remote.DurableFiles;
import dev.rosie.remote.wire.MalformedPayloadException;
import dev.rosie.remote.wire.Wire;
import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The keys a robot accepts: {@code DATA/remote/keys.json}, {@code {"v":1,"keys":[{id, principal,
 * trust, secret, created}, ...]}}. A running robot notices when {@code rosie remote keygen} adds a
 * key (the file's modification time or size changed) and reloads it; a file that no longer parses
 * is reported and the keys it had stay in force.
 */
public final class KeyRing {
    private static final Logger LOG = LoggerFactory.getLogger(KeyRing.class);

    private final Path file;
    private Map<String, RemoteKey> keys;
    private Stamp stamp;

    private record Stamp(Instant modified, long size, Object fileKey) {
    }

    private KeyRing(Path file, Map<String, RemoteKey> keys, Stamp stamp) {
        this.file = file;
        this.keys = keys;
        this.stamp = stamp;
    }

    public static Path registry(Path dataDir) {
        return dataDir.resolve("remote").resolve("keys.json");
    }

    public static Path keyDirectory(Path dataDir) {
        return dataDir.resolve("remote").resolve("keys");
    }

    /** Loads the registry of {@code dataDir}; a missing file is an empty registry. */
    public static KeyRing open(Path dataDir) {
        Path file = registry(dataDir);
        Stamp stamp = stamp(file);
        return new KeyRing(file, load(file), stamp);
    }

    /** The key with this id, as the registry says now. */
    public synchronized Optional<RemoteKey> find(String id) {
        refresh();
        return Optional.ofNullable(keys.get(id));
    }

    public synchronized List<RemoteKey> keys() {
        refresh();
        return List.copyOf(keys.values());
    }

    public Path file() {
        return file;
    }

    private void refresh() {
        Stamp now = stamp(file);
        if (now == null ? stamp == null : now.equals(stamp)) {
            return;
        }
        try {
            keys = load(file);
            LOG.info("reloaded {} key(s) from {}", keys.size(), file);
        } catch (InvalidInputException e) {
            LOG.error("{}; keeping the {} key(s) loaded before", e.getMessage(), keys.size());
        }
        stamp = now;
    }

    /** A key made by {@link #generate}, and the file that holds it for the operator. */
    public record Generated(RemoteKey key, Path keyFile) {
    }

    /**
     * Creates a key for {@code principal}, registers it in {@code dataDir}'s registry and writes the
     * operator's key file next to it. Safe against concurrent keygens (a file lock serialises them).
     */
    public static Generated generate(Path dataDir, String principal, Trust trust, SecureRandom random, Instant now) {
        if (trust != Trust.OWNER && trust != Trust.OPERATOR) {
            throw new InvalidInputException("a remote key's trust must be owner or operator, not " + trust.wireName());
        }
        byte[] secret = new byte[RemoteKey.SECRET_BYTES];
        random.nextBytes(secret);
        byte[] idBytes = new byte[6];
        random.nextBytes(idBytes);
        RemoteKey key = new RemoteKey("k" + HexFormat.of().formatHex(idBytes), principal, trust, secret, now);
        Path registry = registry(dataDir);
        Path keyFile = keyDirectory(dataDir).resolve(principal + "-" + key.id() + ".key");
        try {
            Files.createDirectories(registry.getParent());
            try (FileChannel lockFile = FileChannel.open(registry.resolveSibling("keys.lock"),
                    StandardOpenOption.CREATE, StandardOpenOption.WRITE);
                    FileLock lock = lockFile.lock()) {
                Map<String, RemoteKey> all = new LinkedHashMap<>(load(registry));
                all.put(key.id(), key);
                KeyFile.write(keyFile, key);
                save(registry, all.values());
            }
        } catch (IOException e) {
            throw new RosieException("cannot register the key in " + registry + ": " + e.getMessage(), false, e);
        }
        return new Generated(key, keyFile);
    }

    private static void save(Path registry, Iterable<RemoteKey> keys) {
        ObjectNode root = Wire.document();
        ArrayNode array = root.putArray("keys");
        keys.forEach(k -> array.add(KeyCodec.write(k)));
        DurableFiles.writeAtomically(registry, Wire.text(root) + "\n");
    }

    private static Map<String, RemoteKey> load(Path file) {
        String json;
        try {
            json = Files.readString(file);
        } catch (NoSuchFileException e) {
            return Map.of();
        } catch (IOException e) {
            throw new InvalidInputException("cannot read the key registry " + file + ": " + e.getMessage(), e);
        }
        JsonNode root;
        try {
            root = Wire.parse(json);
        } catch (MalformedPayloadException e) {
            throw new InvalidInputException("the key registry " + file + " is not JSON: " + e.getMessage());
        }
        if (!root.isObject()) {
            throw KeyCodec.bad(file, "the document", "must be an object {\"v\":1,\"keys\":[...]}");
        }
        JsonNode v = root.get("v");
        if (v == null || !v.isIntegralNumber() || v.asInt() != Wire.VERSION) {
            throw KeyCodec.bad(file, "v", "must be " + Wire.VERSION);
        }
        JsonNode array = root.get("keys");
        if (array == null || !array.isArray()) {
            throw KeyCodec.bad(file, "keys", "must be an array of keys");
        }
        Map<String, RemoteKey> out = new LinkedHashMap<>();
        List<String> seen = new ArrayList<>();
        for (int i = 0; i < array.size(); i++) {
            RemoteKey key = KeyCodec.read(array.get(i), file, "keys[" + i + "]");
            if (seen.contains(key.id())) {
                throw KeyCodec.bad(file, "keys[" + i + "].id", "repeats the id " + key.id());
            }
            seen.add(key.id());
            out.put(key.id(), key);
        }
        return Map.copyOf(out);
    }

    private static Stamp stamp(Path file) {
        try {
            BasicFileAttributes a = Files.readAttributes(file, BasicFileAttributes.class);
            return new Stamp(a.lastModifiedTime().toInstant(), a.size(), a.fileKey());
        } catch (IOException e) {
            return null;
        }
    }
}
