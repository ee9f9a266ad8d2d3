package dev.rosie.planner.llama;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.rosie.core.RosieException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GgufCheckTest {
    @TempDir
    Path dir;

    private final byte[] tiny = new TinyGguf(TinyGguf.Shape.standard(), 1).bytes();

    @Test
    void should_accept_the_tiny_model() throws Exception {
        Path file = Files.write(dir.resolve("tiny.gguf"), tiny);

        GgufCheck.Info info = GgufCheck.check(file);

        assertThat(info.version()).isEqualTo(3);
        assertThat(info.architecture()).isEqualTo("llama");
        assertThat(info.tensors()).isEqualTo(2 + 2 * 9 + 1);
        assertThat(info.vocabularySize()).hasValue(TinyGguf.BASE_VOCABULARY);
        assertThat(info.contextLength()).hasValue(16384);
    }

    @Test
    void should_name_the_file_when_it_does_not_exist() {
        Path file = dir.resolve("absent.gguf");

        assertThatThrownBy(() -> GgufCheck.check(file)).isInstanceOf(RosieException.class)
                .hasMessageContaining(file.toString()).hasMessageContaining("no such file");
    }

    @Test
    void should_reject_a_directory() {
        assertThatThrownBy(() -> GgufCheck.check(dir)).hasMessageContaining("not a regular file");
    }

    @Test
    void should_reject_a_file_that_is_not_gguf() throws Exception {
        Path file = Files.writeString(dir.resolve("model.gguf"), "{\"this\": \"is json, not a model\", \"pad\": 12345}");

        assertThatThrownBy(() -> GgufCheck.check(file)).hasMessageContaining(file.toString())
                .hasMessageContaining("not a GGUF model");
    }

    @Test
    void should_reject_an_empty_file() throws Exception {
        Path file = Files.write(dir.resolve("empty.gguf"), new byte[0]);

        assertThatThrownBy(() -> GgufCheck.check(file)).hasMessageContaining("not a GGUF model: only 0 bytes");
    }

    @Test
    void should_reject_a_file_truncated_inside_the_tensor_data() throws Exception {
        Path file = Files.write(dir.resolve("cut.gguf"), Arrays.copyOf(tiny, tiny.length - 1000));

        assertThatThrownBy(() -> GgufCheck.check(file)).hasMessageContaining(file.toString())
                .hasMessageContaining("truncated").hasMessageContaining("output.weight");
    }

    @Test
    void should_reject_a_file_truncated_inside_the_metadata() throws Exception {
        Path file = Files.write(dir.resolve("cut.gguf"), Arrays.copyOf(tiny, 300));

        assertThatThrownBy(() -> GgufCheck.check(file)).hasMessageContaining("truncated");
    }

    @Test
    void should_reject_an_unsupported_version() throws Exception {
        byte[] v1 = tiny.clone();
        ByteBuffer.wrap(v1).order(ByteOrder.LITTLE_ENDIAN).putInt(4, 1);
        Path file = Files.write(dir.resolve("v1.gguf"), v1);

        assertThatThrownBy(() -> GgufCheck.check(file)).hasMessageContaining("unsupported GGUF version 1");
    }

    @Test
    void should_reject_an_absurd_metadata_count() throws Exception {
        byte[] broken = tiny.clone();
        ByteBuffer.wrap(broken).order(ByteOrder.LITTLE_ENDIAN).putLong(16, -5L);
        Path file = Files.write(dir.resolve("broken.gguf"), broken);

        assertThatThrownBy(() -> GgufCheck.check(file)).hasMessageContaining("implausible metadata count");
    }
}
