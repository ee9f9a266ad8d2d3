package dev.rosie.launch.wiring;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rosie.core.command.Channel;
import dev.rosie.core.command.Source;
import dev.rosie.core.command.Trust;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EstopLatchTest {
    private static final Instant AT = Instant.parse("2025-01-31T10:00:00Z");
    private static final Source OWNER = new Source(Channel.MQTT, "alex", Trust.OWNER);
    private static final Source OPERATOR = new Source(Channel.MQTT, "ops", Trust.OPERATOR);

    @TempDir
    Path data;

    @Test
    void should_let_anyone_trusted_engage_but_only_an_owner_release() {
        EstopLatch latch = EstopLatch.load(data);
        latch.engage(OPERATOR, AT);

        assertThat(latch.release(OPERATOR, AT)).hasValueSatisfying(why -> assertThat(why).contains("only an owner"));
        assertThat(latch.engaged()).isTrue();
        assertThat(latch.release(OWNER, AT)).isEmpty();
        assertThat(latch.engaged()).isFalse();
    }

    @Test
    void should_stay_engaged_across_a_restart() {
        EstopLatch.load(data).engage(OPERATOR, AT);

        EstopLatch reloaded = EstopLatch.load(data);

        assertThat(reloaded.engaged()).isTrue();
        assertThat(reloaded.state().by()).isEqualTo("mqtt/ops (operator)");
    }

    @Test
    void should_treat_a_damaged_record_as_engaged() throws Exception {
        Files.writeString(EstopLatch.file(data), "{\"engaged\": fal");

        assertThat(EstopLatch.load(data).engaged()).isTrue();
    }
}
