package dev.rosie.actuation.monitor;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rosie.core.command.Channel;
import dev.rosie.core.command.Source;
import dev.rosie.core.command.Trust;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class EmergencyStopTest {
    private static final Instant NOW = Instant.parse("2026-11-22T10:00:00Z");
    private static final Source OWNER = new Source(Channel.MQTT, "alex", Trust.OWNER);
    private static final Source OPERATOR = new Source(Channel.MQTT, "ops", Trust.OPERATOR);
    private static final Source GUEST = new Source(Channel.VOICE, "guest", Trust.GUEST);
    private final EmergencyStop estop = new EmergencyStop();

    @Test
    void should_latch_when_any_authenticated_source_engages_it() {
        assertThat(estop.engage("help", GUEST, NOW)).isTrue();
        assertThat(estop.engaged()).isTrue();
        assertThat(estop.state()).get().extracting(EmergencyStop.Engaged::by).isEqualTo(GUEST);
    }

    @Test
    void should_ignore_an_untrusted_engage() {
        assertThat(estop.engage("prank", new Source(Channel.MQTT, "unknown", Trust.UNTRUSTED), NOW)).isFalse();
        assertThat(estop.engaged()).isFalse();
    }

    @Test
    void should_refuse_release_by_anyone_but_an_owner() {
        estop.engage("stop", OPERATOR, NOW);

        assertThat(estop.release(OPERATOR)).isInstanceOf(EmergencyStop.Release.Refused.class);
        assertThat(estop.release(GUEST)).isInstanceOf(EmergencyStop.Release.Refused.class);
        assertThat(estop.engaged()).isTrue();

        assertThat(estop.release(OWNER)).isInstanceOf(EmergencyStop.Release.Released.class);
        assertThat(estop.engaged()).isFalse();
    }

    @Test
    void should_keep_the_first_reason_when_engaged_twice() {
        estop.engage("first", OWNER, NOW);
        estop.engage("second", GUEST, NOW.plusSeconds(1));

        assertThat(estop.state()).get().extracting(EmergencyStop.Engaged::reason).isEqualTo("first");
    }

    @Test
    void should_say_when_there_is_nothing_to_release() {
        assertThat(estop.release(OWNER)).isInstanceOf(EmergencyStop.Release.NotEngaged.class);
    }
}
