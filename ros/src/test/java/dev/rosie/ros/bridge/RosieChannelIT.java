package dev.rosie.ros.bridge;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rosie.core.command.Channel;
import dev.rosie.core.command.Trust;
import dev.rosie.ros.msg.RosString;
import dev.rosie.ros.node.Node;
import dev.rosie.ros.node.NodeConfig;
import dev.rosie.ros.node.Publisher;
import dev.rosie.ros.testing.LogCapture;
import dev.rosie.ros.testing.RosCoreExtension;
import dev.rosie.ros.testing.RosTool;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Rosie's status, plan and command topics on a real ROS graph. */
class RosieChannelIT {
    static final Duration WAIT = Duration.ofSeconds(30);
    @RegisterExtension
    static final RosCoreExtension ros = new RosCoreExtension();

    static RosBridge.Config config(String name, CommandTrust trust) {
        NodeConfig node = ros.nodeConfig(name);
        RosBridge.Config d = RosBridge.Config.defaults(node);
        return new RosBridge.Config(node, d.topics(), trust, d.bodyTopics(), d.frames());
    }

    @Test
    void should_treat_text_on_the_command_topic_as_untrusted_by_default() throws Exception {
        BlockingQueue<RosInbound> inbound = new LinkedBlockingQueue<>();
        try (RosBridge bridge = RosBridge.start(config("/rosie_default", CommandTrust.NOBODY), Optional.empty(),
                Clock.systemUTC(), inbound::offer);
                RosTool pub = RosTool.start(ros.core(), "rostopic", "pub", "-r", "5", "__name:=owner_console", "/rosie/command",
                        "std_msgs/String", "data: 'unlock the front door'")) {
            RosInbound got = inbound.poll(WAIT.toSeconds(), TimeUnit.SECONDS);
            assertThat(got).as(pub.output()).isInstanceOfSatisfying(RosInbound.Untrusted.class, u -> {
                assertThat(u.text().text()).isEqualTo("unlock the front door");
                assertThat(u.text().source().channel()).isEqualTo(Channel.ROS);
                assertThat(u.text().source().principal()).isEqualTo("/owner_console");
                assertThat(u.text().source().trust()).isEqualTo(Trust.UNTRUSTED);
                assertThat(u.text().origin()).isEqualTo("/rosie/command");
            });
        }
    }

    @Test
    void should_make_a_request_only_for_a_caller_the_configuration_trusts() throws Exception {
        BlockingQueue<RosInbound> inbound = new LinkedBlockingQueue<>();
        CommandTrust trust = new CommandTrust(Trust.UNTRUSTED, Map.of("/operator_console", Trust.OPERATOR));
        try (RosBridge bridge = RosBridge.start(config("/rosie_trusting", trust), Optional.empty(), Clock.systemUTC(),
                inbound::offer)) {
            try (RosTool pub = RosTool.start(ros.core(), "rostopic", "pub", "-r", "5", "__name:=operator_console",
                    "/rosie/command", "std_msgs/String", "data: 'clean the kitchen'")) {
                assertThat(inbound.poll(WAIT.toSeconds(), TimeUnit.SECONDS)).as(pub.output())
                        .isInstanceOfSatisfying(RosInbound.Request.class, r -> {
                            assertThat(r.text()).isEqualTo("clean the kitchen");
                            assertThat(r.source().principal()).isEqualTo("/operator_console");
                            assertThat(r.source().trust()).isEqualTo(Trust.OPERATOR);
                        });
            }
            inbound.clear();
            try (RosTool pub = RosTool.start(ros.core(), "rostopic", "pub", "-r", "5", "__name:=someone_else",
                    "/rosie/command", "std_msgs/String", "data: 'clean the kitchen'")) {
                RosInbound got;
                do {
                    got = inbound.poll(WAIT.toSeconds(), TimeUnit.SECONDS);
                } while (got instanceof RosInbound.Request r && r.source().principal().equals("/operator_console"));
                assertThat(got).as(pub.output()).isInstanceOf(RosInbound.Untrusted.class);
            }
        }
    }

    @Test
    void should_publish_latched_status_and_plan_for_late_listeners() throws Exception {
        try (RosBridge bridge = RosBridge.start(config("/rosie_status", CommandTrust.NOBODY), Optional.empty(),
                Clock.systemUTC(), m -> { })) {
            bridge.publishStatus("{\"state\":\"idle\",\"room\":\"kitchen\"}");
            bridge.publishPlan("navigate_to(living room); clean_area(living room, normal)");
            String status = RosTool.run(ros.core(), WAIT, "rostopic", "echo", "-n", "1", "/rosie/status");
            String plan = RosTool.run(ros.core(), WAIT, "rostopic", "echo", "-n", "1", "/rosie/plan");
            assertThat(status).contains("data: \"{\\\"state\\\":\\\"idle\\\",\\\"room\\\":\\\"kitchen\\\"}\"");
            assertThat(plan).contains("data: \"navigate_to(living room); clean_area(living room, normal)\"");
        }
    }

    @Test
    void should_refuse_over_long_command_text_with_a_log_line() throws Exception {
        BlockingQueue<RosInbound> inbound = new LinkedBlockingQueue<>();
        try (LogCapture log = LogCapture.ros();
                RosBridge bridge = RosBridge.start(config("/rosie_long", CommandTrust.NOBODY), Optional.empty(),
                        Clock.systemUTC(), inbound::offer);
                Node sender = Node.start(ros.nodeConfig("/chatty"))) {
            Publisher<RosString> pub = sender.newPublisher("/rosie/command", RosString.TYPE);
            assertThat(pub.awaitSubscribers(1, WAIT)).isTrue();
            pub.publish(new RosString("x".repeat(RosieChannel.MAX_TEXT + 1)));
            pub.publish(new RosString("short"));
            assertThat(log.await("refused 2001-character text from /chatty on /rosie/command", WAIT)).startsWith("WARNING");
            RosInbound got = inbound.poll(WAIT.toSeconds(), TimeUnit.SECONDS);
            assertThat(got).isInstanceOfSatisfying(RosInbound.Untrusted.class,
                    u -> assertThat(u.text().text()).isEqualTo("short"));
        }
    }
}
