package dev.rosie.remote.link;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class OutboxTest {
    private static Outgoing event(String text) {
        return new Outgoing("rosie/rosie/events", text.getBytes(StandardCharsets.UTF_8), 1, false, false);
    }

    private static Outgoing telemetry(String text) {
        return new Outgoing("rosie/rosie/telemetry", text.getBytes(StandardCharsets.UTF_8), 0, false, true);
    }

    private static String text(Outgoing o) {
        return new String(o.payload(), StandardCharsets.UTF_8);
    }

    @Test
    void should_drop_and_count_instead_of_growing_past_capacity() throws Exception {
        Outbox box = new Outbox(3);
        for (int i = 0; i < 10; i++) {
            box.offer(event("e" + i));
        }

        assertThat(box.size()).isEqualTo(3);
        assertThat(box.dropped()).isEqualTo(7);
        assertThat(text(box.poll(0))).isEqualTo("e0");
    }

    @Test
    void should_keep_only_the_newest_telemetry_waiting() throws Exception {
        Outbox box = new Outbox(3);
        for (int i = 0; i < 100; i++) {
            box.offer(telemetry("t" + i));
        }

        assertThat(box.size()).isEqualTo(1);
        assertThat(text(box.poll(0))).isEqualTo("t99");
        assertThat(box.dropped()).isZero();
    }

    @Test
    void should_put_a_failed_message_back_first() throws Exception {
        Outbox box = new Outbox(3);
        box.offer(event("e1"));
        Outgoing failed = event("e0");

        box.requeueFirst(failed);

        assertThat(text(box.poll(0))).isEqualTo("e0");
        assertThat(text(box.poll(0))).isEqualTo("e1");
        assertThat(box.poll(0)).isNull();
    }

    @Test
    void should_cap_reconnect_delays() {
        Backoff backoff = new Backoff(java.time.Duration.ofMillis(100), java.time.Duration.ofSeconds(2));
        java.util.Random random = new java.util.Random(1);

        assertThat(backoff.delay(1, random).toMillis()).isBetween(50L, 100L);
        assertThat(backoff.delay(3, random).toMillis()).isBetween(200L, 400L);
        assertThat(backoff.delay(30, random).toMillis()).isBetween(1000L, 2000L);
    }
}
