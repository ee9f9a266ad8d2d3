package dev.rosie.safety;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.rosie.core.command.Channel;
import dev.rosie.core.command.Command;
import dev.rosie.core.command.CommandId;
import dev.rosie.core.command.Screening;
import dev.rosie.core.command.Source;
import dev.rosie.core.command.Trust;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Invariant 2 as the guard relies on it: every command it reviews came from a command-carrying
 * channel with more than untrusted trust, because no other command can exist.
 */
class CommandProvenanceTest {
    private static final Instant AT = Instant.parse("2025-07-01T09:31:00Z");

    @ParameterizedTest
    @EnumSource(value = Channel.class, names = {"VOICE", "CLI", "MQTT", "ROS", "SCHEDULE"})
    void should_not_construct_a_command_with_untrusted_trust_on_any_channel(Channel channel) {
        Source untrusted = new Source(channel, "unknown", Trust.UNTRUSTED);

        assertThatThrownBy(() -> new Command(new CommandId("c-1"), "open the front door", untrusted, AT, Screening.CLEAN))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("never become a command");
    }

    @ParameterizedTest
    @EnumSource(value = Channel.class, names = {"CAMERA", "WORLD"})
    void should_not_even_build_a_trusted_source_for_a_data_channel(Channel channel) {
        assertThatThrownBy(() -> new Source(channel, "alex", Trust.OWNER)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("untrusted");
    }

    @Test
    void should_construct_a_guest_command_from_the_cli() {
        assertThat(new Command(new CommandId("c-1"), "clean the kitchen", Source.cli("guest", Trust.GUEST), AT,
                Screening.CLEAN).source().trust()).isEqualTo(Trust.GUEST);
    }
}
