package dev.rosie.ros.testing;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * A real {@code roscore -p PORT} on a free loopback port, in its own ROS_HOME. {@link #start}
 * returns once roscore prints that its core services are up (the master answers and rosout is
 * running), or fails with roscore's output after the timeout.
 */
public final class RosCore implements AutoCloseable {
    private final Process process;
    private final int port;
    private final Path home;
    private final StringBuffer output = new StringBuffer();

    private RosCore(int port, Path home, Duration timeout) throws IOException, InterruptedException {
        this.port = port;
        this.home = home;
        this.process = RosProcesses.start(List.of("roscore", "-p", String.valueOf(port)), uri().toString(), home);
        CountDownLatch ready = new CountDownLatch(1);
        Thread.ofVirtual().start(() -> {
            try (BufferedReader r = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
                for (String line; (line = r.readLine()) != null; ) {
                    output.append(line).append('\n');
                    if (line.contains("started core service [/rosout]")) {
                        ready.countDown();
                    }
                }
            } catch (IOException ignored) {
                // The process ended; its output so far is kept.
            }
        });
        if (!ready.await(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
            RosProcesses.kill(process);
            throw new IllegalStateException("roscore -p " + port + " did not come up within " + timeout + ":\n" + output);
        }
    }

    public static RosCore start() throws IOException, InterruptedException {
        Path home = Files.createTempDirectory("rosie-roshome");
        return new RosCore(RosProcesses.freePort(), home, Duration.ofSeconds(60));
    }

    public URI uri() {
        return URI.create("http://127.0.0.1:" + port + "/");
    }

    public int port() {
        return port;
    }

    public Path home() {
        return home;
    }

    public String output() {
        return output.toString();
    }

    @Override
    public void close() {
        RosProcesses.kill(process);
        deleteTree(home);
    }

    private static void deleteTree(Path dir) {
        try (var paths = Files.walk(dir)) {
            paths.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException ignored) {
            // Leaving logs in a temp directory is harmless.
        }
    }
}
