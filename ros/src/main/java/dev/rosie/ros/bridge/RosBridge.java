package dev.rosie.ros.bridge;

import dev.rosie.core.robot.RobotDriver;
import dev.rosie.ros.driver.RosTopics;
import dev.rosie.ros.node.Node;
import dev.rosie.ros.node.NodeConfig;
import java.time.Clock;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Rosie joining a ROS graph, as a long-running service starts it: one node with Rosie's status,
 * plan and command topics, and optionally a body served as a ROS robot. The service's loop calls
 * {@link #beforeStep()} and {@link #afterStep()} around each step of its body; everything else
 * runs on the node's threads.
 */
public final class RosBridge implements AutoCloseable {
    private final Node node;
    private final RosieChannel channel;
    private final Optional<BodyBridge> body;

    /** What to start. {@code body} is the body to serve on {@code bodyTopics}, if any. */
    public record Config(NodeConfig node, RosieChannel.Topics topics, CommandTrust trust, RosTopics bodyTopics,
            BodyBridge.Frames frames) {
        public Config {
            Objects.requireNonNull(node, "node");
            Objects.requireNonNull(topics, "topics");
            Objects.requireNonNull(trust, "trust");
            Objects.requireNonNull(bodyTopics, "bodyTopics");
            Objects.requireNonNull(frames, "frames");
        }

        /** Defaults: Rosie's topics under {@code /rosie}, commands untrusted, the body on the conventional topics. */
        public static Config defaults(NodeConfig node) {
            return new Config(node, RosieChannel.Topics.DEFAULT, CommandTrust.NOBODY, RosTopics.defaults(),
                    BodyBridge.Frames.DEFAULT);
        }
    }

    private RosBridge(Node node, RosieChannel channel, Optional<BodyBridge> body) {
        this.node = node;
        this.channel = channel;
        this.body = body;
    }

    /**
     * Starts the node (waiting for the master per the config's retry policy) and registers every
     * topic. If registration fails the node is shut down again before the error propagates.
     * {@code clock} stamps inbound text on the node's threads, so it must be safe to read from any
     * thread (the system clock; not the simulator's {@link dev.rosie.core.ManualClock}).
     */
    public static RosBridge start(Config config, Optional<RobotDriver> body, Clock clock, Consumer<RosInbound> inbound) {
        Node node = Node.start(config.node());
        try {
            RosieChannel channel = new RosieChannel(node, config.topics(), config.trust(), clock, inbound);
            Optional<BodyBridge> bridge = body.map(b -> new BodyBridge(node, b, config.bodyTopics(), config.frames()));
            return new RosBridge(node, channel, bridge);
        } catch (RuntimeException e) {
            node.shutdown();
            throw e;
        }
    }

    public Node node() {
        return node;
    }

    public RosieChannel channel() {
        return channel;
    }

    public Optional<BodyBridge> body() {
        return body;
    }

    /** Applies commands that arrived on {@code cmd_vel}/{@code suction} to the body. */
    public void beforeStep() {
        body.ifPresent(BodyBridge::applyCommands);
    }

    /** Publishes the body's new state. */
    public void afterStep() {
        body.ifPresent(BodyBridge::publishState);
    }

    public void publishStatus(String text) {
        channel.publishStatus(text);
    }

    public void publishPlan(String text) {
        channel.publishPlan(text);
    }

    /** Halts the body, leaves every topic and shuts the node down. */
    @Override
    public void close() {
        body.ifPresent(BodyBridge::close);
        channel.close();
        node.shutdown();
    }
}
