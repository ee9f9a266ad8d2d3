package dev.rosie.launch.wiring;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.rosie.actuation.monitor.EmergencyStop;
import dev.rosie.core.RosieException;
import dev.rosie.core.command.Channel;
import dev.rosie.core.command.Source;
import dev.rosie.core.command.Trust;
import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.Locale;

/**
 * Keeps the e-stop latch (the actuation module's {@link EmergencyStop}) across restarts, in
 * {@code DATA/estop.json}: a robot that was stopped comes back stopped, and only an owner can
 * release it. A record that cannot be read engages the latch rather than silently releasing it.
 */
public final class EstopRecord {
    private static final ObjectMapper JSON = new ObjectMapper();

    private EstopRecord() {
    }

    public static Path file(Path dataDir) {
        return dataDir.resolve("estop.json");
    }

    /** A latch in the state the data directory recorded (released when there is no record). */
    public static EmergencyStop load(Path dataDir) {
        EmergencyStop estop = new EmergencyStop();
        Path f = file(dataDir);
        if (!Files.exists(f)) {
            return estop;
        }
        try {
            JsonNode node = JSON.readTree(Files.readString(f));
            if (node == null || !node.path("engaged").isBoolean()) {
                throw new IOException("expected {\"engaged\": true|false, ...}");
            }
            if (node.get("engaged").booleanValue()) {
                JsonNode by = node.path("by");
                Source source = new Source(Channel.valueOf(by.path("channel").asText().toUpperCase(Locale.ROOT)),
                        by.path("principal").asText(), Trust.parse(by.path("trust").asText()));
                estop.engage(node.path("reason").asText("engaged before the last restart"), source,
                        Instant.parse(node.path("at").asText()));
            }
        } catch (IOException | RuntimeException e) {
            estop.engage(f.getFileName() + " could not be read (" + e.getMessage() + "); engaged to be safe",
                    Source.cli("estop-record", Trust.OPERATOR), Instant.EPOCH);
        }
        return estop;
    }

    /** Records the latch's state now (atomically: a crash leaves the old record or the new one). */
    public static void save(Path dataDir, EmergencyStop estop) {
        Path f = file(dataDir);
        ObjectNode node = JSON.createObjectNode();
        estop.state().ifPresentOrElse(e -> {
            node.put("engaged", true);
            node.put("reason", e.reason());
            ObjectNode by = node.putObject("by");
            by.put("channel", e.by().channel().wireName());
            by.put("principal", e.by().principal());
            by.put("trust", e.by().trust().wireName());
            node.put("at", e.at().toString());
        }, () -> node.put("engaged", false));
        try {
            Path tmp = f.resolveSibling(f.getFileName() + ".tmp");
            Files.writeString(tmp, node + "\n", StandardCharsets.UTF_8);
            try (FileChannel ch = FileChannel.open(tmp, StandardOpenOption.WRITE)) {
                ch.force(true);
            }
            Files.move(tmp, f, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new RosieException("the e-stop is " + (estop.engaged() ? "engaged" : "released")
                    + " but could not be recorded in " + f + ": " + e.getMessage(), true, e);
        }
    }
}
