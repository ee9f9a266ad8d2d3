package dev.rosie.launch.wiring;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.rosie.core.robot.SensorReading;
import dev.rosie.ros.bridge.RosBridge;
import dev.rosie.sim.SimDriver;
import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.locks.LockSupport;

/**
 * The embedded simulator served on ROS in real time: each simulation step applies what arrived
 * on {@code cmd_vel}, steps the body and publishes its state; about once a second Rosie's status
 * goes out on the status topic. The loop is paced to the wall clock because ROS tools on the
 * other side live in real time; it ends at the time limit or when the node is shut down (by
 * {@link RosBridge#close()} from another thread, or by the master).
 */
public final class RosBridgeLoop {
    private static final ObjectMapper JSON = new ObjectMapper();

    private final SimDriver sim;
    private final RosBridge bridge;
    private final long stepNanos;

    public RosBridgeLoop(SimDriver sim, RosBridge bridge) {
        this.sim = Objects.requireNonNull(sim, "sim");
        this.bridge = Objects.requireNonNull(bridge, "bridge");
        this.stepNanos = sim.config().step().toNanos();
    }

    /** Runs until {@code limit} of wall time has passed or the node shuts down; returns the steps taken. */
    public long run(Duration limit) {
        long start = System.nanoTime();
        long end = limit.isZero() ? Long.MAX_VALUE : start + limit.toNanos();
        long next = start;
        long steps = 0;
        long stepsPerStatus = Math.max(1, 1_000_000_000L / stepNanos);
        while (!bridge.node().isShutdown() && System.nanoTime() - end < 0) {
            try {
                bridge.beforeStep();
                sim.step();
                bridge.afterStep();
                if (steps % stepsPerStatus == 0) {
                    bridge.publishStatus(status(sim.read()));
                }
            } catch (IllegalStateException e) {
                if (bridge.node().isShutdown()) {
                    break; // shut down between the check and the publish
                }
                throw e;
            }
            steps++;
            next += stepNanos;
            long wait = next - System.nanoTime();
            if (wait > 0) {
                LockSupport.parkNanos(wait); // real-time pacing, not waiting for a result
            }
        }
        return steps;
    }

    /** Rosie's status as one line of JSON: where the body is and how it is. */
    static String status(SensorReading r) {
        ObjectNode n = JSON.createObjectNode();
        n.put("body", "sim");
        n.put("at", r.at().toString());
        n.put("x", Math.round(r.odometry().x() * 1000) / 1000.0);
        n.put("y", Math.round(r.odometry().y() * 1000) / 1000.0);
        n.put("theta", Math.round(r.odometry().theta() * 1000) / 1000.0);
        n.put("battery", Math.round(r.battery() * 1000) / 1000.0);
        n.put("docked", r.docked());
        n.put("bumper", r.bumper());
        return n.toString();
    }
}
