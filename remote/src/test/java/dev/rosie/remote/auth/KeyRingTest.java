package dev.rosie.remote.auth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.rosie.core.InvalidInputException;
import dev.rosie.core.command.Trust;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class KeyRingTest {
    private static final Instant NOW = Instant.parse("2025-01-31T10:00:00Z");

    @TempDir
    Path data;

    @Test
    void should_register_a_generated_key_and_hand_out_the_same_key_in_a_private_file() throws Exception {
        KeyRing.Generated g = KeyRing.generate(data, "alex", Trust.OWNER, new SecureRandom(), NOW);

        assertThat(g.keyFile()).startsWith(KeyRing.keyDirectory(data)).hasFileName("alex-" + g.key().id() + ".key");
        assertThat(KeyFile.read(g.keyFile())).isEqualTo(g.key());
        assertThat(KeyRing.open(data).find(g.key().id())).contains(g.key());
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(g.keyFile()))).isEqualTo("rw-------");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(KeyRing.registry(data))))
                .isEqualTo("rw-------");
    }

    @Test
    void should_see_a_key_added_while_it_is_open() {
        KeyRing ring = KeyRing.open(data);
        assertThat(ring.keys()).isEmpty();

        KeyRing.Generated g = KeyRing.generate(data, "ops", Trust.OPERATOR, new SecureRandom(), NOW);

        assertThat(ring.find(g.key().id())).map(RemoteKey::trust).contains(Trust.OPERATOR);
    }

    @Test
    void should_keep_its_keys_when_the_registry_is_damaged_later() throws Exception {
        KeyRing.Generated g = KeyRing.generate(data, "alex", Trust.OWNER, new SecureRandom(), NOW);
        KeyRing ring = KeyRing.open(data);
        Files.writeString(KeyRing.registry(data), "{\"v\":1,\"keys\":[{\"id\":\"x\"}]}");

        assertThat(ring.find(g.key().id())).isPresent();
    }

    @Test
    void should_name_the_file_and_field_of_a_bad_registry() throws Exception {
        Files.createDirectories(KeyRing.registry(data).getParent());
        Files.writeString(KeyRing.registry(data), "{\"v\":1,\"keys\":[{\"id\":\"k1\",\"principal\":\"alex\","
                + "\"trust\":\"boss\",\"secret\":\"00\",\"created\":\"2025-01-31T10:00:00Z\"}]}");

        assertThatThrownBy(() -> KeyRing.open(data)).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("keys.json").hasMessageContaining("keys[0].trust").hasMessageContaining("boss");
    }

    @Test
    void should_say_how_to_make_a_key_when_the_key_file_is_missing() {
        assertThatThrownBy(() -> KeyFile.read(data.resolve("nope.key"))).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("nope.key does not exist").hasMessageContaining("rosie remote keygen");
    }

    @Test
    void should_refuse_a_key_file_with_a_short_secret() throws Exception {
        Path file = data.resolve("bad.key");
        Files.writeString(file, "{\"v\":1,\"id\":\"k1\",\"principal\":\"alex\",\"trust\":\"owner\",\"secret\":\"abcd\","
                + "\"created\":\"2025-01-31T10:00:00Z\"}");

        assertThatThrownBy(() -> KeyFile.read(file)).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("bad.key").hasMessageContaining("64 hex digits");
    }

    @Test
    void should_refuse_keys_for_guests_or_untrusted_principals() {
        assertThatThrownBy(() -> KeyRing.generate(data, "visitor", Trust.GUEST, new SecureRandom(), NOW))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("owner or operator");
    }

    @Test
    void should_never_print_the_secret() {
        KeyRing.Generated g = KeyRing.generate(data, "alex", Trust.OWNER, new SecureRandom(), NOW);

        assertThat(g.key().toString()).doesNotContain(g.key().secretHex());
    }
}
