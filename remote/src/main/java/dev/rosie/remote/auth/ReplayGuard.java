package dev.rosie.remote.auth;

import dev.rosie.core.RosieException;
import dev.rosie.remote.DurableFiles;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Clock;
import java.time.Duration;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Rejects a signed request whose timestamp is outside {@code now ± window}, or whose nonce was
 * already used. A nonce is remembered until its timestamp leaves the window (after that the
 * timestamp check rejects a replay on its own), so memory is bounded by the request rate times the
 * window, and hard-capped at {@code capacity}: when full of live nonces, new requests are refused
 * (fail closed) until some expire. Used nonces are appended to a log in the data directory and
 * reloaded at start, so a restart does not reopen the window for replays.
 */
public final class ReplayGuard implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(ReplayGuard.class);

    private final Clock clock;
    private final long windowMillis;
    private final int capacity;
    private final Optional<Path> logFile;
    /** nonce -> the epoch millisecond after which it can be forgotten; insertion order. */
    private final LinkedHashMap<String, Long> nonces = new LinkedHashMap<>();
    private FileChannel log;
    private int appendedSinceCompaction;

    /** Why a request was not admitted. */
    public enum Refusal {
        EXPIRED,
        REPLAYED,
        FULL
    }

    public ReplayGuard(Clock clock, Duration window, int capacity, Optional<Path> logFile) {
        this.clock = clock;
        this.windowMillis = window.toMillis();
        if (windowMillis <= 0 || capacity <= 0) {
            throw new IllegalArgumentException("the replay window and capacity must be positive");
        }
        this.capacity = capacity;
        this.logFile = logFile;
        logFile.ifPresent(this::restore);
    }

    public Duration window() {
        return Duration.ofMillis(windowMillis);
    }

    /** Admits {@code (ts, nonce)} once, recording the nonce, or says why not. */
    public synchronized Optional<Refusal> admit(long ts, String nonce) {
        long now = clock.millis();
        if (Math.abs(now - ts) > windowMillis) {
            return Optional.of(Refusal.EXPIRED);
        }
        evictExpired(now);
        if (nonces.containsKey(nonce)) {
            return Optional.of(Refusal.REPLAYED);
        }
        if (nonces.size() >= capacity) {
            sweep(now);
            if (nonces.size() >= capacity) {
                return Optional.of(Refusal.FULL);
            }
        }
        nonces.put(nonce, ts + windowMillis);
        append(ts, nonce);
        return Optional.empty();
    }

    /** How many nonces are remembered now (for tests and telemetry of the guard itself). */
    public synchronized int size() {
        return nonces.size();
    }

    private void evictExpired(long now) {
        for (Iterator<Long> it = nonces.values().iterator(); it.hasNext(); ) {
            if (it.next() >= now) {
                return;
            }
            it.remove();
        }
    }

    private void sweep(long now) {
        nonces.values().removeIf(expiry -> expiry < now);
    }

    private void restore(Path file) {
        long now = clock.millis();
        try {
            if (Files.exists(file)) {
                for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                    String[] parts = line.split(" ", 2);
                    try {
                        long ts = Long.parseLong(parts[0]);
                        if (parts.length == 2 && ts + windowMillis >= now && nonces.size() < capacity) {
                            nonces.put(parts[1], ts + windowMillis);
                        }
                    } catch (NumberFormatException e) {
                        LOG.warn("{}: skipping a damaged line", file);
                    }
                }
            }
            compact();
        } catch (IOException e) {
            throw new RosieException("cannot read the nonce log " + file + ": " + e.getMessage(), false, e);
        }
    }

    private void append(long ts, String nonce) {
        if (logFile.isEmpty()) {
            return;
        }
        try {
            if (appendedSinceCompaction >= capacity) {
                compact();
            }
            log.write(ByteBuffer.wrap((ts + " " + nonce + "\n").getBytes(StandardCharsets.UTF_8)));
            log.force(false);
            appendedSinceCompaction++;
        } catch (IOException e) {
            throw new RosieException("cannot record a nonce in " + logFile.get() + ": " + e.getMessage(), true, e);
        }
    }

    /** Rewrites the log with only the live nonces, so it never grows without bound. */
    private void compact() throws IOException {
        Path file = logFile.orElseThrow();
        if (log != null) {
            log.close();
        }
        StringBuilder live = new StringBuilder();
        for (Map.Entry<String, Long> e : nonces.entrySet()) {
            live.append(e.getValue() - windowMillis).append(' ').append(e.getKey()).append('\n');
        }
        DurableFiles.writeAtomically(file, live.toString());
        log = FileChannel.open(file, StandardOpenOption.WRITE, StandardOpenOption.APPEND);
        appendedSinceCompaction = 0;
    }

    @Override
    public synchronized void close() {
        if (log != null) {
            try {
                log.close();
            } catch (IOException e) {
                LOG.warn("closing the nonce log: {}", e.getMessage());
            }
        }
    }
}
