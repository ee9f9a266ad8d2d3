package dev.rosie.remote.robot;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.rosie.core.RosieException;
import dev.rosie.core.command.Channel;
import dev.rosie.core.command.Source;
import dev.rosie.core.command.Trust;
import dev.rosie.remote.DurableFiles;
import dev.rosie.remote.wire.Wire;
import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Commands accepted but not yet finished, one durable file each under {@code DATA/remote/inbox/}.
 * A command is written (and forced to disk) before it is acknowledged, and its file is deleted only
 * when its turn is over, so an acknowledged command survives a lost connection, a broker restart
 * and a crash of the robot process: on start, every file still there is pending again, in order.
 * A command interrupted by a crash therefore runs again (at least once); the guard's cooldown and
 * the world model's cleaning log make a repeated clean harmless.
 */
public final class Inbox {
    private static final Logger LOG = LoggerFactory.getLogger(Inbox.class);
    private static final Pattern ENTRY = Pattern.compile("\\d{12}\\.json");

    private final Path dir;
    private final int capacity;
    private final Deque<RemoteCommand> waiting = new ArrayDeque<>();
    private final List<RemoteCommand> started = new ArrayList<>();
    private final List<Runnable> listeners = new CopyOnWriteArrayList<>();
    private long nextSeq;

    private Inbox(Path dir, int capacity) {
        this.dir = dir;
        this.capacity = capacity;
    }

    public static Path directory(Path dataDir) {
        return dataDir.resolve("remote").resolve("inbox");
    }

    /** Opens the inbox of {@code dataDir}, with what a previous run left pending. */
    public static Inbox open(Path dataDir, int capacity) {
        Inbox inbox = new Inbox(directory(dataDir), capacity);
        inbox.restore();
        return inbox;
    }

    /** Called (on the offering thread) after a command is added, e.g. to wake the control loop. */
    public void onOffer(Runnable listener) {
        listeners.add(listener);
    }

    /**
     * Persists {@code command} and queues it; returns how many commands are ahead of it (including
     * a running one), or empty when the inbox is full and nothing was written.
     */
    public Optional<Integer> offer(RemoteCommand command) {
        int ahead;
        synchronized (this) {
            if (waiting.size() + started.size() >= capacity) {
                return Optional.empty();
            }
            RemoteCommand numbered = command.withSeq(nextSeq++);
            DurableFiles.writeAtomically(file(numbered.seq()), Wire.text(encode(numbered)) + "\n");
            ahead = waiting.size() + started.size();
            waiting.addLast(numbered);
        }
        listeners.forEach(Runnable::run);
        return Optional.of(ahead);
    }

    /** The next command to run, now marked started (its file stays until {@link #complete}). */
    public synchronized Optional<RemoteCommand> take() {
        RemoteCommand next = waiting.pollFirst();
        if (next != null) {
            started.add(next);
        }
        return Optional.ofNullable(next);
    }

    /** The command's turn is over (done, refused, failed or cancelled): forget it durably. */
    public synchronized void complete(RemoteCommand command) {
        started.removeIf(c -> c.seq() == command.seq());
        waiting.removeIf(c -> c.seq() == command.seq());
        try {
            Files.deleteIfExists(file(command.seq()));
            DurableFiles.forceDirectory(dir);
        } catch (IOException e) {
            throw new RosieException("cannot remove finished command " + file(command.seq()) + ": " + e.getMessage(),
                    true, e);
        }
    }

    /** Commands not yet started. */
    public synchronized int waiting() {
        return waiting.size();
    }

    /** Commands accepted and not completed, started or not. */
    public synchronized int pending() {
        return waiting.size() + started.size();
    }

    private Path file(long seq) {
        return dir.resolve(String.format("%012d.json", seq));
    }

    private static ObjectNode encode(RemoteCommand c) {
        ObjectNode node = Wire.document();
        node.put("seq", c.seq());
        node.put("ref", c.ref());
        node.put("text", c.text());
        node.put("channel", c.source().channel().wireName());
        node.put("principal", c.source().principal());
        node.put("trust", c.source().trust().wireName());
        node.put("key", c.keyId());
        node.put("received", c.receivedAt().toString());
        return node;
    }

    private static RemoteCommand decode(JsonNode node) {
        Source source = new Source(channelOf(node), node.get("principal").textValue(),
                Trust.parse(node.get("trust").textValue()));
        return new RemoteCommand(node.get("seq").asLong(), node.get("ref").textValue(), node.get("text").textValue(), source,
                node.get("key").textValue(), Instant.parse(node.get("received").textValue()));
    }

    /**
     * The channel the command came in on. Files written before the channel was recorded only ever
     * held MQTT commands, so a missing field means MQTT; a channel that cannot carry commands
     * (camera, world) is refused rather than let a tampered file turn data into a command.
     */
    private static Channel channelOf(JsonNode node) {
        JsonNode field = node.get("channel");
        if (field == null) {
            return Channel.MQTT;
        }
        Channel channel = Channel.valueOf(field.textValue().toUpperCase(java.util.Locale.ROOT));
        if (!channel.carriesCommands()) {
            throw new IllegalArgumentException("channel " + field.textValue() + " cannot carry commands");
        }
        return channel;
    }

    private void restore() {
        List<Path> files = new ArrayList<>();
        try {
            Files.createDirectories(dir);
            try (DirectoryStream<Path> entries = Files.newDirectoryStream(dir)) {
                for (Path p : entries) {
                    if (ENTRY.matcher(p.getFileName().toString()).matches()) {
                        files.add(p);
                    }
                }
            }
        } catch (IOException e) {
            throw new RosieException("cannot open the command inbox " + dir + ": " + e.getMessage(), false, e);
        }
        files.sort(null);
        for (Path p : files) {
            long seq = Long.parseLong(p.getFileName().toString().substring(0, 12));
            nextSeq = Math.max(nextSeq, seq + 1);
            try {
                RemoteCommand c = decode(Wire.parse(Files.readString(p)));
                waiting.addLast(c.withSeq(seq));
            } catch (IOException | RuntimeException e) {
                Path aside = p.resolveSibling(p.getFileName() + ".damaged");
                LOG.error("{} is damaged ({}); moved aside to {}", p, e.getMessage(), aside);
                try {
                    Files.move(p, aside, StandardCopyOption.REPLACE_EXISTING);
                } catch (IOException moveFailed) {
                    LOG.error("cannot move {} aside: {}", p, moveFailed.getMessage());
                }
            }
        }
        if (!waiting.isEmpty()) {
            LOG.info("{} acknowledged command(s) still pending from the last run", waiting.size());
        }
    }
}
