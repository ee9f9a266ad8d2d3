package dev.rosie.launch.wiring;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.rosie.core.action.Clarification;
import dev.rosie.core.action.Plan;
import dev.rosie.core.action.PlannerResult;
import dev.rosie.core.action.Refusal;
import dev.rosie.core.command.Command;
import dev.rosie.core.command.Trust;
import dev.rosie.core.execution.ExecutionEvent;
import dev.rosie.remote.robot.Inbox;
import dev.rosie.remote.robot.RemoteCommand;
import dev.rosie.ros.bridge.CommandTrust;
import dev.rosie.ros.bridge.RosBridge;
import dev.rosie.ros.bridge.RosInbound;
import dev.rosie.ros.node.MasterUnreachableException;
import dev.rosie.ros.node.NodeConfig;
import dev.rosie.safety.ApprovedPlan;
import dev.rosie.safety.Verdict;
import dev.rosie.sim.SimDriver;
import java.time.Clock;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code rosie serve --ros}: the serving robot on a ROS 1 graph. It rides the control loop as a
 * {@link StepHook} (velocity from {@code /cmd_vel} applied before a step while no plan runs, the
 * body's state published after it) and follows turns as a {@link TurnListener} (status and plan on
 * the latched {@code /rosie/status} and {@code /rosie/plan}). Text on {@code /rosie/command} arrives
 * on the node's threads and waits in a queue; the control thread drains it after each step:
 * untrusted text is journaled as data, never run; a request from a configured trusted caller goes
 * into the same {@link Inbox} signed MQTT commands go into.
 *
 * <p>If the master cannot be reached, {@link #connect} says why and the link stays idle: the robot
 * keeps serving MQTT.
 */
public final class RosLink implements StepHook, TurnListener, AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(RosLink.class);
    private static final ObjectMapper JSON = new ObjectMapper();
    /** Text waiting for the control thread; a flood beyond this is dropped with a log line. */
    static final int QUEUE = 256;

    /**
     * Where and how to join.
     *
     * @param node the node name, master and host (see {@link NodeConfig#fromEnvironment})
     * @param trusted ROS caller ids whose text on the command topic is a request at that trust level
     */
    public record Options(NodeConfig node, Map<String, Trust> trusted) {
        public Options {
            Objects.requireNonNull(node, "node");
            trusted = Map.copyOf(trusted);
        }
    }

    private final Options options;
    private final BlockingQueue<RosInbound> inbound = new ArrayBlockingQueue<>(QUEUE);
    private volatile RosBridge bridge;
    private ServeLoop loop;
    private Inbox inbox;
    private long dropped;

    public RosLink(Options options) {
        this.options = Objects.requireNonNull(options, "options");
    }

    /**
     * Joins the graph (waiting for the master per the node's retry policy) and serves {@code body}
     * there. Returns the problem if the master could not be reached; the link then does nothing.
     */
    Optional<String> connect(SimDriver body, ServeLoop serveLoop, Inbox commands) {
        this.loop = Objects.requireNonNull(serveLoop, "serveLoop");
        this.inbox = Objects.requireNonNull(commands, "commands");
        RosBridge.Config defaults = RosBridge.Config.defaults(options.node());
        RosBridge.Config config = new RosBridge.Config(options.node(), defaults.topics(),
                new CommandTrust(Trust.UNTRUSTED, options.trusted()), defaults.bodyTopics(), defaults.frames());
        try {
            bridge = RosBridge.start(config, Optional.of(body), Clock.systemUTC(), this::offer);
        } catch (MasterUnreachableException e) {
            LOG.error("not joining ROS: {}; serving over MQTT only", e.getMessage());
            return Optional.of(e.getMessage());
        }
        status("idle", Optional.empty(), Optional.empty());
        return Optional.empty();
    }

    /** The bridge, once joined. */
    public Optional<RosBridge> bridge() {
        return Optional.ofNullable(bridge);
    }

    public NodeConfig node() {
        return options.node();
    }

    private void offer(RosInbound message) {
        if (!inbound.offer(message)) {
            synchronized (this) {
                dropped++;
            }
        }
    }

    /**
     * A served robot does not obey {@code /cmd_vel}. ROS 1 cannot authenticate publishers, and a
     * velocity taken from the graph would bypass both the guard and the runtime monitor: any node on
     * the network could drive the robot. Motion comes only from approved plans; ROS sees the robot
     * (odom, scan, status, plans) and may send text, which is untrusted unless configured. Only
     * {@code ros-bridge}, which serves the simulator as a plain ROS robot with no Rosie in charge,
     * follows {@code /cmd_vel}.
     */
    @Override
    public void beforeStep() {
        // Deliberately nothing: see above.
    }

    /** Runs {@code step}; if the master shut the node down meanwhile, leaves ROS and keeps serving. */
    private void guarded(RosBridge b, Runnable step) {
        try {
            step.run();
        } catch (IllegalStateException e) {
            if (!b.node().isShutdown()) {
                throw e;
            }
            LOG.warn("the ROS master shut node {} down; serving over MQTT only from now on", options.node().name());
            bridge = null;
        }
    }

    @Override
    public void afterStep() {
        RosBridge b = bridge;
        if (b == null) {
            return;
        }
        guarded(b, b::afterStep);
        drain();
    }

    /** Hands what arrived on the command topic on, on the control thread. */
    private void drain() {
        RosInbound message;
        while ((message = inbound.poll()) != null) {
            switch (message) {
                case RosInbound.Untrusted u -> loop.untrusted(u.text(), "rejected as untrusted: ROS caller "
                        + u.text().source().principal() + " is not trusted (data, never a command)");
                case RosInbound.Request r -> {
                    RemoteCommand command = new RemoteCommand(0, "ros-" + UUID.randomUUID(), r.text(), r.source(),
                            "ros:" + r.source().principal(), r.receivedAt());
                    if (inbox.offer(command).isEmpty()) {
                        LOG.warn("ROS request from {} dropped: the inbox is full", r.source());
                    }
                }
            }
        }
        long lost;
        synchronized (this) {
            lost = dropped;
            dropped = 0;
        }
        if (lost > 0) {
            LOG.warn("{} messages on the ROS command topic were dropped (arriving faster than the robot reads them)", lost);
        }
    }

    @Override
    public void accepted(Command command) {
        status("planning", Optional.of(command.text()), Optional.empty());
    }

    @Override
    public void proposed(String planner, PlannerResult proposal) {
        switch (proposal) {
            case Plan p -> plan(p, "proposed");
            case Clarification c -> status("idle", Optional.empty(), Optional.of("asked: " + c.question()));
            // ROS topics are for anyone on the ROS master: only the public reason goes out.
            case Refusal r -> status("idle", Optional.empty(), Optional.of("refused: " + r.publicReason()));
        }
    }

    @Override
    public void judged(Verdict verdict) {
        switch (verdict) {
            case ApprovedPlan a -> {
                plan(a.plan(), "approved");
                status("running", Optional.of(a.command().text()), Optional.empty());
            }
            case Verdict.Refused r -> status("idle", Optional.empty(), Optional.of("refused: " + r.refusal().publicReason()));
            case Verdict.ConfirmationNeeded c -> status("idle", Optional.empty(), Optional.of("waiting for the owner: "
                    + c.question()));
        }
    }

    @Override
    public void on(ExecutionEvent event) {
        if (event instanceof ExecutionEvent.PlanFinished f) {
            status("idle", Optional.empty(), Optional.of(f.succeeded() ? "succeeded" : "failed"));
        }
    }

    private void plan(Plan plan, String state) {
        RosBridge b = bridge;
        if (b == null) {
            return;
        }
        ObjectNode n = JSON.createObjectNode();
        n.put("state", state);
        n.put("command", plan.commandId().toString());
        plan.labels().forEach(n.putArray("steps")::add);
        n.put("rationale", plan.rationale());
        publish(() -> b.publishPlan(n.toString()));
    }

    private void status(String mode, Optional<String> command, Optional<String> last) {
        RosBridge b = bridge;
        if (b == null) {
            return;
        }
        ObjectNode n = JSON.createObjectNode();
        n.put("body", "sim");
        n.put("mode", mode);
        command.ifPresent(c -> n.put("command", c));
        last.ifPresent(l -> n.put("last", l));
        publish(() -> b.publishStatus(n.toString()));
    }

    private static void publish(Runnable send) {
        try {
            send.run();
        } catch (IllegalStateException e) {
            // The master shut the node down: ROS is gone, the robot keeps serving MQTT.
            LOG.warn("ROS status not published: {}", e.getMessage());
        }
    }

    @Override
    public void close() {
        RosBridge b = bridge;
        bridge = null;
        if (b != null) {
            b.close();
        }
    }
}
