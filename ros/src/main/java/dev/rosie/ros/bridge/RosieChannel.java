package dev.rosie.ros.bridge;

import dev.rosie.core.command.Channel;
import dev.rosie.core.command.Source;
import dev.rosie.core.command.Trust;
import dev.rosie.core.command.UntrustedText;
import dev.rosie.ros.msg.RosString;
import dev.rosie.ros.node.MessageListener;
import dev.rosie.ros.node.Node;
import dev.rosie.ros.node.Publisher;
import dev.rosie.ros.node.Subscriber;
import java.time.Clock;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * Rosie's own topics: its status and its current plan (latched {@code std_msgs/String}s, so a late
 * {@code rostopic echo} still sees the latest), and a command topic whose messages are handed to
 * {@code inbound} labelled per {@link CommandTrust}. Over-long text is refused with a log line.
 */
public final class RosieChannel implements AutoCloseable {
    /** Longer text is not a spoken-style command; refusing it early bounds what reaches the planner. */
    public static final int MAX_TEXT = 2000;
    private static final System.Logger LOG = System.getLogger(RosieChannel.class.getName());

    /** Topic names; the defaults live under {@code /rosie}. */
    public record Topics(String status, String plan, String command) {
        public static final Topics DEFAULT = new Topics("/rosie/status", "/rosie/plan", "/rosie/command");
    }

    private final Publisher<RosString> status;
    private final Publisher<RosString> plan;
    private final Subscriber<RosString> commands;

    public RosieChannel(Node node, Topics topics, CommandTrust trust, Clock clock, Consumer<RosInbound> inbound) {
        Objects.requireNonNull(trust, "trust");
        Objects.requireNonNull(clock, "clock");
        Objects.requireNonNull(inbound, "inbound");
        this.status = node.newPublisher(topics.status(), RosString.TYPE, true);
        this.plan = node.newPublisher(topics.plan(), RosString.TYPE, true);
        this.commands = node.newSubscriber(topics.command(), RosString.TYPE);
        String topic = commands.topic();
        commands.addMessageListener(new MessageListener<>() {
            @Override
            public void onNewMessage(RosString message) {
                onNewMessage(message, "unknown");
            }

            @Override
            public void onNewMessage(RosString message, String publisher) {
                String text = message.data();
                if (text.length() > MAX_TEXT) {
                    LOG.log(System.Logger.Level.WARNING, "refused " + text.length() + "-character text from " + publisher
                            + " on " + topic + ": the limit is " + MAX_TEXT);
                    return;
                }
                String principal = publisher.isBlank() ? "unknown" : publisher;
                Trust level = trust.of(principal);
                Source source = new Source(Channel.ROS, principal, level);
                inbound.accept(level == Trust.UNTRUSTED
                        ? new RosInbound.Untrusted(new UntrustedText(text, source, topic, clock.instant()))
                        : new RosInbound.Request(text, source, clock.instant()));
            }
        });
    }

    public void publishStatus(String text) {
        status.publish(new RosString(text));
    }

    public void publishPlan(String text) {
        plan.publish(new RosString(text));
    }

    /** The command subscriber, e.g. to wait until a publisher has connected. */
    public Subscriber<RosString> commands() {
        return commands;
    }

    @Override
    public void close() {
        status.shutdown();
        plan.shutdown();
        commands.shutdown();
    }
}
