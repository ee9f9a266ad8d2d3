package dev.rosie.launch.wiring;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.rosie.core.InvalidInputException;
import dev.rosie.core.RosieException;
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
import java.util.Objects;
import java.util.Optional;

/**
 * The emergency-stop latch (invariant 3). Any authenticated principal may engage it; only an owner
 * may release it; while it is engaged no plan starts and a running one is interrupted at the next
 * control tick ({@link Robot#tick()} reads it before anything else). Engaging flips a volatile flag
 * first and only then records the state, so the control loop sees it at once from any thread.
 *
 * <p>The state is kept in {@code DATA/estop.json}, so restarting the robot does not release it.
 * It lives in wiring for now because the actuation module has no runtime monitor yet; it depends
 * only on core types and a file, so it can move into that monitor unchanged.
 */
public final class EstopLatch {
    private static final ObjectMapper JSON = new ObjectMapper();

    private final Optional<Path> file;
    private volatile State state;

    /**
     * The latch's state.
     *
     * @param by who engaged it (or last released it), as {@code channel/principal (trust)}
     */
    public record State(boolean engaged, String by, Optional<Instant> at) {
        public static final State RELEASED = new State(false, "nobody", Optional.empty());

        public State {
            Objects.requireNonNull(by, "by");
            Objects.requireNonNull(at, "at");
        }
    }

    private EstopLatch(Optional<Path> file, State initial) {
        this.file = file;
        this.state = initial;
    }

    /** A latch that forgets its state when the process ends (tests, the demo). */
    public static EstopLatch inMemory() {
        return new EstopLatch(Optional.empty(), State.RELEASED);
    }

    public static Path file(Path dataDir) {
        return dataDir.resolve("estop.json");
    }

    /** The latch of a data directory, engaged if it was engaged when the last process ended. */
    public static EstopLatch load(Path dataDir) {
        Path f = file(dataDir);
        if (!Files.exists(f)) {
            return new EstopLatch(Optional.of(f), State.RELEASED);
        }
        try {
            JsonNode node = JSON.readTree(Files.readString(f));
            if (node == null || !node.path("engaged").isBoolean() || !node.path("by").isTextual()) {
                throw new InvalidInputException(f + ": expected {\"engaged\": true|false, \"by\": \"...\", \"at\": \"...\"}");
            }
            Optional<Instant> at = node.path("at").isTextual() ? Optional.of(Instant.parse(node.get("at").textValue()))
                    : Optional.empty();
            return new EstopLatch(Optional.of(f), new State(node.get("engaged").booleanValue(), node.get("by").textValue(), at));
        } catch (IOException | java.time.format.DateTimeParseException e) {
            // A damaged record must not silently release a stop: treat it as engaged.
            return new EstopLatch(Optional.of(f), new State(true, "unknown (" + f.getFileName() + " is damaged: "
                    + e.getMessage() + ")", Optional.empty()));
        }
    }

    public boolean engaged() {
        return state.engaged();
    }

    public State state() {
        return state;
    }

    /** Engages the latch on behalf of an authenticated {@code source}. */
    public State engage(Source source, Instant at) {
        Objects.requireNonNull(source, "source");
        if (source.trust() == Trust.UNTRUSTED) {
            throw new IllegalArgumentException("an untrusted source cannot engage the e-stop; authenticate first");
        }
        State engaged = new State(true, source.toString(), Optional.of(at));
        synchronized (this) {
            state = engaged;
            save(engaged);
        }
        return engaged;
    }

    /** Releases the latch if {@code source} is an owner; otherwise says why not and leaves it engaged. */
    public synchronized Optional<String> release(Source source, Instant at) {
        Objects.requireNonNull(source, "source");
        if (source.trust() != Trust.OWNER) {
            return Optional.of("only an owner can release the emergency stop; " + source + " is "
                    + source.trust().wireName());
        }
        State released = new State(false, source.toString(), Optional.of(at));
        state = released;
        save(released);
        return Optional.empty();
    }

    private void save(State s) {
        if (file.isEmpty()) {
            return;
        }
        Path f = file.get();
        ObjectNode node = JSON.createObjectNode();
        node.put("engaged", s.engaged());
        node.put("by", s.by());
        s.at().ifPresent(t -> node.put("at", t.toString()));
        try {
            Files.createDirectories(f.toAbsolutePath().getParent());
            Path tmp = f.resolveSibling(f.getFileName() + ".tmp");
            Files.writeString(tmp, node.toString() + "\n", StandardCharsets.UTF_8);
            try (FileChannel ch = FileChannel.open(tmp, StandardOpenOption.WRITE)) {
                ch.force(true);
            }
            Files.move(tmp, f, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            // The in-memory latch already holds; failing to record it must not undo a stop.
            throw new RosieException("the e-stop is " + (s.engaged() ? "engaged" : "released") + " but could not be recorded in "
                    + f + ": " + e.getMessage(), true, e);
        }
    }
}
