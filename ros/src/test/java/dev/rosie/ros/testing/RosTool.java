package dev.rosie.ros.testing;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * One run of a ROS command-line tool ({@code rostopic ...}) against a {@link RosCore}, bounded by
 * a timeout after which it is killed. Output is collected as it comes, so a long-running tool can
 * be started, waited on for a condition elsewhere, and then read.
 */
public final class RosTool implements AutoCloseable {
    private final Process process;
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final Thread reader;

    private RosTool(Process process) {
        this.process = process;
        this.reader = Thread.ofVirtual().start(() -> {
            try (InputStream in = process.getInputStream()) {
                in.transferTo(new java.io.OutputStream() {
                    @Override
                    public void write(int b) {
                        synchronized (out) {
                            out.write(b);
                        }
                    }

                    @Override
                    public void write(byte[] b, int off, int len) {
                        synchronized (out) {
                            out.write(b, off, len);
                        }
                    }
                });
            } catch (IOException ignored) {
                // Process gone.
            }
        });
    }

    public static RosTool start(RosCore core, String... command) throws IOException {
        return new RosTool(RosProcesses.start(List.of(command), core.uri().toString(), core.home()));
    }

    /** Runs to completion (or kill at the timeout) and returns the output; fails on a non-zero exit. */
    public static String run(RosCore core, Duration timeout, String... command) throws IOException, InterruptedException {
        try (RosTool tool = start(core, command)) {
            int code = tool.waitFor(timeout);
            if (code != 0) {
                throw new AssertionError(String.join(" ", command) + " exited " + code + ":\n" + tool.output());
            }
            return tool.output();
        }
    }

    /** Waits for the tool to exit; kills it and fails if it has not within {@code timeout}. */
    public int waitFor(Duration timeout) throws InterruptedException {
        if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
            RosProcesses.kill(process);
            throw new AssertionError("ROS tool did not finish within " + timeout + "; output so far:\n" + output());
        }
        reader.join(Duration.ofSeconds(5));
        return process.exitValue();
    }

    public String output() {
        synchronized (out) {
            return out.toString(StandardCharsets.UTF_8);
        }
    }

    @Override
    public void close() {
        RosProcesses.kill(process);
    }
}
