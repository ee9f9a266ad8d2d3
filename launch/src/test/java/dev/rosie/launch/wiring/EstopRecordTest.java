package dev.rosie.launch.wiring;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rosie.actuation.monitor.EmergencyStop;
import dev.rosie.core.command.Channel;
import dev.rosie.core.command.Source;
import dev.rosie.core.command.Trust;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EstopRecordTest {
    private static final Instant AT = Instant.parse("2025-01-31T10:00:00Z");
    private static final Source OWNER = new Source(Channel.MQTT, "alex", Trust.OWNER);
    private static final Source OPERATOR = new Source(Channel.MQTT, "ops", Trust.OPERATOR);

    @TempDir
    Path data;

    @Test
    void should_come_back_engaged_after_a_restart_and_still_need_an_owner() {
        EmergencyStop before = EstopRecord.load(data);
        before.engage("remote e-stop", OPERATOR, AT);
        EstopRecord.save(data, before);

        EmergencyStop after = EstopRecord.load(data);

        assertThat(after.state()).hasValueSatisfying(e -> {
            assertThat(e.by()).isEqualTo(OPERATOR);
            assertThat(e.at()).isEqualTo(AT);
        });
        assertThat(after.release(OPERATOR)).isInstanceOf(EmergencyStop.Release.Refused.class);
        assertThat(after.release(OWNER)).isInstanceOf(EmergencyStop.Release.Released.class);
        EstopRecord.save(data, after);
        assertThat(EstopRecord.load(data).engaged()).isFalse();
    }

    @Test
    void should_start_released_without_a_record() {
        assertThat(EstopRecord.load(data).engaged()).isFalse();
    }

    @Test
    void should_treat_a_damaged_record_as_engaged() throws Exception {
        Files.writeString(EstopRecord.file(data), "{\"engaged\": tru");

        assertThat(EstopRecord.load(data).state()).hasValueSatisfying(e ->
                assertThat(e.reason()).contains("could not be read"));
    }
}
