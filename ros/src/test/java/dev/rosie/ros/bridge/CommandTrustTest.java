package dev.rosie.ros.bridge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.rosie.core.InvalidInputException;
import dev.rosie.core.command.Trust;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CommandTrustTest {

    @Test
    void should_give_node_names_their_slash_and_parse_levels() {
        assertThat(CommandTrust.parseCallers(Map.of("joystick", "guest", "/ops", "operator")))
                .containsExactlyInAnyOrderEntriesOf(Map.of("/joystick", Trust.GUEST, "/ops", Trust.OPERATOR));
    }

    @Test
    void should_name_the_accepted_levels_for_an_unknown_one() {
        assertThatThrownBy(() -> CommandTrust.parseCallers(Map.of("joystick", "root")))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("owner, operator, guest, untrusted");
    }
}
