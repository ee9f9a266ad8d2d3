package dev.rosie.remote.link;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.paho.client.mqttv3.MqttMessage;
import org.junit.jupiter.api.Test;

class SubscriptionsTest {
    private final List<String> seen = new ArrayList<>();

    private MqttLink.Handler named(String name) {
        return (topic, payload, retained) -> seen.add(name + " " + topic + " "
                + new String(payload, StandardCharsets.UTF_8) + (retained ? " retained" : ""));
    }

    private static MqttMessage message(String text, boolean retained) {
        MqttMessage m = new MqttMessage(text.getBytes(StandardCharsets.UTF_8));
        m.setRetained(retained);
        return m;
    }

    @Test
    void should_hand_a_message_to_the_handler_whose_filter_matches() {
        Subscriptions subs = new Subscriptions();
        subs.add("rosie/+/cmd", 1, named("commands"));
        subs.add("rosie/rosie/estop", 1, named("estop"));

        subs.dispatch("rosie/rosie/estop", message("stop", true));
        subs.dispatch("rosie/kitchen/cmd", message("clean", false));
        subs.dispatch("rosie/rosie/telemetry", message("ignored", false));

        assertThat(seen).containsExactly("estop rosie/rosie/estop stop retained", "commands rosie/kitchen/cmd clean");
    }

    @Test
    void should_prefer_an_exact_filter_over_an_earlier_wildcard() {
        Subscriptions subs = new Subscriptions();
        subs.add("rosie/#", 0, named("everything"));
        subs.add("rosie/rosie/estop", 1, named("estop"));

        subs.dispatch("rosie/rosie/estop", message("stop", false));

        assertThat(seen).containsExactly("estop rosie/rosie/estop stop");
    }

    @Test
    void should_keep_dispatching_when_a_handler_throws() {
        Subscriptions subs = new Subscriptions();
        subs.add("rosie/bad", 0, (topic, payload, retained) -> {
            throw new IllegalStateException("handler bug");
        });
        subs.add("rosie/good", 0, named("good"));

        subs.dispatch("rosie/bad", message("x", false));
        subs.dispatch("rosie/good", message("y", false));

        assertThat(seen).containsExactly("good rosie/good y");
    }

    @Test
    void should_refuse_when_a_filter_is_not_a_valid_topic_filter() {
        Subscriptions subs = new Subscriptions();

        assertThatThrownBy(() -> subs.add("rosie/#/cmd", 0, named("bad"))).isInstanceOf(IllegalArgumentException.class);
    }
}
