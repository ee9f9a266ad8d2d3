package dev.rosie.remote.link;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class LinkStateTest {

    @Test
    void should_not_be_ready_when_nothing_connected_yet() throws Exception {
        LinkState state = new LinkState();

        assertThat(state.awaitReady(Duration.ZERO)).isFalse();
        assertThat(state.ready()).isFalse();
        assertThat(state.readyCount()).isZero();
    }

    @Test
    void should_count_every_time_the_link_becomes_ready() throws Exception {
        LinkState state = new LinkState();

        state.becameReady();
        state.notReady();
        state.becameReady();

        assertThat(state.awaitReady(Duration.ZERO)).isTrue();
        assertThat(state.readyCount()).isEqualTo(2);
    }

    @Test
    void should_stop_waiting_for_readiness_when_closed() throws Exception {
        LinkState state = new LinkState();

        assertThat(state.close()).isTrue();
        state.notReady();

        // A closed link is never waited for, however long the caller would wait.
        assertThat(state.awaitReady(Duration.ofDays(1))).isFalse();
        assertThat(state.closed()).isTrue();
    }

    @Test
    void should_refuse_to_close_twice() {
        LinkState state = new LinkState();

        assertThat(state.close()).isTrue();
        assertThat(state.close()).isFalse();
    }
}
