package dev.rosie.webots;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.rosie.core.InvalidInputException;
import dev.rosie.core.command.Trust;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ControllerArgsTest {
    @TempDir
    Path tmp;

    private ControllerArgs parse(String... args) {
        return ControllerArgs.parse(args, Map.of(), "/home/alex");
    }

    @Test
    void should_run_commands_in_order_as_the_owner_when_given_commands() {
        ControllerArgs a = parse("--command", "clean the living room", "--command", "go to the dock");
        assertThat(a.commands()).containsExactly("clean the living room", "go to the dock");
        assertThat(a.source().principal()).isEqualTo("alex");
        assertThat(a.source().trust()).isEqualTo(Trust.OWNER);
        assertThat(a.dataDir()).isEqualTo(Path.of("/home/alex/.rosie/webots"));
        assertThat(a.exitWhenDone()).isFalse();
    }

    @Test
    void should_speak_as_the_guest_and_use_the_data_environment_when_asked() {
        ControllerArgs a = ControllerArgs.parse(new String[] {"--as", "guest", "--command", "clean the kitchen"},
                Map.of(ControllerArgs.DATA_ENV, tmp.toString()), "/home/alex");
        assertThat(a.source().trust()).isEqualTo(Trust.GUEST);
        assertThat(a.dataDir()).isEqualTo(tmp.toAbsolutePath().normalize());
    }

    @Test
    void should_read_a_commands_file_skipping_blanks_and_comments() throws IOException {
        Path file = tmp.resolve("commands.txt");
        Files.writeString(file, "# the reference scenario\nclean the living room\n\n  clean the living room  \n");
        assertThat(parse("--commands", file.toString()).commands()).containsExactly("clean the living room",
                "clean the living room");
    }

    @Test
    void should_reject_bad_arguments_with_a_message_naming_them() throws IOException {
        assertThatThrownBy(() -> parse()).isInstanceOf(InvalidInputException.class).hasMessageContaining("no command");
        assertThatThrownBy(() -> parse("--command")).hasMessageContaining("--command needs a value");
        assertThatThrownBy(() -> parse("--command", "  ")).hasMessageContaining("empty");
        assertThatThrownBy(() -> parse("--as", "boss", "--command", "x")).hasMessageContaining("'boss'");
        assertThatThrownBy(() -> parse("--fly")).hasMessageContaining("unknown argument '--fly'");
        assertThatThrownBy(() -> parse("--commands", tmp.resolve("missing.txt").toString()))
                .hasMessageContaining("missing.txt").hasMessageContaining("cannot read");
        Path empty = tmp.resolve("empty.txt");
        Files.writeString(empty, "# nothing\n\n");
        assertThatThrownBy(() -> parse("--commands", empty.toString())).hasMessageContaining("holds no command");
    }
}
