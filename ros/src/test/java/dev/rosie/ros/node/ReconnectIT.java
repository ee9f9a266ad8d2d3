package dev.rosie.ros.node;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rosie.ros.msg.RosString;
import dev.rosie.ros.testing.RosCoreExtension;
import dev.rosie.ros.testing.RosTool;
import java.time.Duration;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** A subscriber follows its publishers as they stop and restart on new ports. */
class ReconnectIT {
    static final Duration WAIT = Duration.ofSeconds(30);
    @RegisterExtension
    static final RosCoreExtension ros = new RosCoreExtension();

    static NodeConfig config(String name) {
        return ros.nodeConfig(name);
    }

    @Test
    void should_reconnect_when_a_rosie_publisher_restarts_on_a_new_port() throws Exception {
        BlockingQueue<String> got = new LinkedBlockingQueue<>();
        try (Node listener = Node.start(config("/listener"))) {
            Subscriber<RosString> sub = listener.newSubscriber("/news", RosString.TYPE);
            sub.addMessageListener(m -> got.offer(m.data()));
            String firstUri;
            try (Node talker = Node.start(config("/talker"))) {
                firstUri = talker.uri().toString();
                Publisher<RosString> pub = talker.newPublisher("/news", RosString.TYPE);
                assertThat(pub.awaitSubscribers(1, WAIT)).isTrue();
                pub.publish(new RosString("before restart"));
                assertThat(got.poll(WAIT.toSeconds(), TimeUnit.SECONDS)).isEqualTo("before restart");
            }
            try (Node talker = Node.start(config("/talker"))) {
                assertThat(talker.uri().toString()).isNotEqualTo(firstUri);
                Publisher<RosString> pub = talker.newPublisher("/news", RosString.TYPE);
                assertThat(pub.awaitSubscribers(1, WAIT)).as("publisherUpdate brought the subscriber back").isTrue();
                pub.publish(new RosString("after restart"));
                assertThat(got.poll(WAIT.toSeconds(), TimeUnit.SECONDS)).isEqualTo("after restart");
                assertThat(sub.publisherCount()).isEqualTo(1);
            }
        }
    }

    @Test
    void should_reconnect_when_rostopic_pub_is_killed_and_started_again() throws Exception {
        BlockingQueue<String> got = new LinkedBlockingQueue<>();
        try (Node listener = Node.start(config("/listener2"))) {
            listener.newSubscriber("/shouts", RosString.TYPE).addMessageListener(m -> got.offer(m.data()));
            try (RosTool first = RosTool.start(ros.core(), "rostopic", "pub", "-r", "10", "__name:=shouter", "/shouts",
                    "std_msgs/String", "data: one")) {
                assertThat(got.poll(WAIT.toSeconds(), TimeUnit.SECONDS)).as(first.output()).isEqualTo("one");
            }
            got.clear();
            try (RosTool second = RosTool.start(ros.core(), "rostopic", "pub", "-r", "10", "__name:=shouter", "/shouts",
                    "std_msgs/String", "data: two")) {
                String next;
                do {
                    next = got.poll(WAIT.toSeconds(), TimeUnit.SECONDS);
                } while ("one".equals(next));
                assertThat(next).as(second.output()).isEqualTo("two");
            }
        }
    }
}
