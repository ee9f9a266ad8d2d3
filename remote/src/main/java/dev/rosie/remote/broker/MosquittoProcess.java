package dev.rosie.remote.broker;

import dev.rosie.core.RosieException;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * A Mosquitto broker (Debian's {@code mosquitto} 2.0) run as a child process on 127.0.0.1 with a
 * minimal configuration written next to it: one loopback listener, anonymous clients, no
 * persistence. Readiness is the port accepting connections, not a fixed sleep. Used by the
 * integration tests and the benchmarks; can be stopped and started again on the same port to
 * drill a broker restart.
 */
public final class MosquittoProcess implements AutoCloseable {
    private static final List<Path> KNOWN = List.of(Path.of("/usr/sbin/mosquitto"), Path.of("/usr/local/sbin/mosquitto"),
            Path.of("/usr/bin/mosquitto"));

    private final Path binary;
    private final Path config;
    private final int port;
    private final List<String> log = new ArrayList<>();
    private Process process;

    private MosquittoProcess(Path binary, Path config, int port) {
        this.binary = binary;
        this.config = config;
        this.port = port;
    }

    /** The mosquitto executable: on PATH, or where Debian puts it (/usr/sbin is not on every PATH). */
    public static Optional<Path> binary() {
        String path = System.getenv("PATH");
        if (path != null) {
            for (String dir : path.split(":")) {
                Path p = Path.of(dir.isEmpty() ? "." : dir, "mosquitto");
                if (Files.isExecutable(p)) {
                    return Optional.of(p);
                }
            }
        }
        return KNOWN.stream().filter(Files::isExecutable).findFirst();
    }

    /**
     * Starts Mosquitto on a free loopback port, writing its configuration under {@code dir}.
     *
     * @param extraConfig more configuration lines (e.g. {@code password_file ...})
     */
    public static MosquittoProcess start(Path dir, List<String> extraConfig) {
        Path binary = binary().orElseThrow(() -> new RosieException(
                "mosquitto is not installed; install it with 'apt-get install mosquitto' (.ci/run does)", false));
        RosieException last = null;
        for (int attempt = 0; attempt < 3; attempt++) {
            int port = freePort();
            Path config = dir.resolve("mosquitto-" + port + ".conf");
            List<String> lines = new ArrayList<>(List.of("listener " + port + " 127.0.0.1", "allow_anonymous true",
                    "persistence false", "set_tcp_nodelay true", "log_dest stderr", "log_type error", "log_type warning", "log_type notice",
                    "log_type information"));
            // Started as root, mosquitto drops to the 'mosquitto' user, which cannot read files in a
            // private test directory (password file, certificates); stay the user that started it.
            lines.add("user " + System.getProperty("user.name"));
            lines.addAll(extraConfig);
            try {
                Files.createDirectories(dir);
                Files.write(config, lines, StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            MosquittoProcess broker = new MosquittoProcess(binary, config, port);
            try {
                broker.startProcess();
                return broker;
            } catch (RosieException e) {
                last = e; // most likely the port was taken between probing and binding
            }
        }
        throw last;
    }

    public static MosquittoProcess start(Path dir) {
        return start(dir, List.of());
    }

    public int port() {
        return port;
    }

    public URI uri() {
        return URI.create("tcp://127.0.0.1:" + port);
    }

    public synchronized boolean running() {
        return process != null && process.isAlive();
    }

    /** Starts the broker again on the same port after {@link #stop()}. */
    public synchronized void restart() {
        stop();
        startProcess();
    }

    /** Stops the broker (SIGTERM, then SIGKILL if it lingers); clients see the connection drop. */
    public synchronized void stop() {
        if (process == null) {
            return;
        }
        process.destroy();
        try {
            if (!process.waitFor(5, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor(5, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
        }
        process = null;
    }

    public synchronized List<String> log() {
        return List.copyOf(log);
    }

    private synchronized void startProcess() {
        try {
            process = new ProcessBuilder(binary.toString(), "-c", config.toString()).redirectErrorStream(true).start();
        } catch (IOException e) {
            throw new RosieException("cannot start " + binary + ": " + e.getMessage(), false, e);
        }
        Process p = process;
        Thread reader = new Thread(() -> {
            try (BufferedReader in = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
                for (String line; (line = in.readLine()) != null; ) {
                    synchronized (this) {
                        if (log.size() < 10_000) {
                            log.add(line);
                        }
                    }
                }
            } catch (IOException e) {
                // the process ended
            }
        }, "mosquitto-log-" + port);
        reader.setDaemon(true);
        reader.start();
        // Mosquitto buffers its log when it is not writing to a terminal, so readiness is the port
        // accepting a connection (checked every few milliseconds, for at most ten seconds).
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (System.nanoTime() < deadline) {
            if (!p.isAlive()) {
                break;
            }
            try (Socket probe = new Socket()) {
                probe.connect(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 200);
                if (p.isAlive()) {
                    return;
                }
            } catch (IOException notYet) {
                try {
                    p.waitFor(10, TimeUnit.MILLISECONDS);
                } catch (InterruptedException e) {
                    p.destroyForcibly();
                    Thread.currentThread().interrupt();
                    throw new RosieException("interrupted while starting mosquitto", false, e);
                }
            }
        }
        p.destroyForcibly();
        try {
            p.waitFor(5, TimeUnit.SECONDS);
            reader.join(1000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        process = null;
        throw new RosieException("mosquitto did not start on port " + port + ": " + String.join(" | ", log()), false);
    }

    private static int freePort() {
        try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            s.setReuseAddress(true);
            return s.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        stop();
    }
}
