package dev.rosie.ros.testing;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

/** Starts ROS tools with a loopback-only environment and makes sure none outlives the tests. */
public final class RosProcesses {
    private static final Set<Process> LIVE = ConcurrentHashMap.newKeySet();

    static {
        Runtime.getRuntime().addShutdownHook(new Thread(() -> LIVE.forEach(RosProcesses::kill)));
    }

    private RosProcesses() {}

    /** True when Debian's ROS tools are installed (CI installs them; see .ci/run). */
    public static boolean installed() {
        return Files.isExecutable(Path.of("/usr/bin/roscore")) && Files.isExecutable(Path.of("/usr/bin/rostopic"));
    }

    public static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            return s.getLocalPort();
        }
    }

    /** Starts {@code command} with ROS_MASTER_URI, ROS_IP and ROS_HOME set for a loopback master. */
    public static Process start(List<String> command, String masterUri, Path rosHome) throws IOException {
        ProcessBuilder pb = new ProcessBuilder(command).redirectErrorStream(true);
        Map<String, String> env = pb.environment();
        env.put("ROS_MASTER_URI", masterUri);
        env.put("ROS_IP", "127.0.0.1");
        env.remove("ROS_HOSTNAME");
        env.put("ROS_HOME", rosHome.toString());
        env.put("PYTHONUNBUFFERED", "1");
        Process p = pb.start();
        LIVE.add(p);
        p.onExit().thenRun(() -> LIVE.remove(p));
        return p;
    }

    /** Kills {@code p} and everything it started (roscore starts rosmaster and rosout). */
    public static void kill(Process p) {
        List<ProcessHandle> children = p.descendants().toList();
        p.destroy();
        children.forEach(ProcessHandle::destroy);
        try {
            if (!p.waitFor(5, TimeUnit.SECONDS)) {
                p.destroyForcibly();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        children.forEach(c -> {
            if (c.isAlive()) {
                c.destroyForcibly();
            }
        });
        LIVE.remove(p);
    }
}
