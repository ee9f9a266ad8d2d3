package dev.rosie.planner.llama;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.rosie.core.RosieException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Bad model files end in a clear error naming the file, before native code can crash on them. */
class LlamaModelFilesIT {
    @TempDir
    Path dir;

    private final byte[] tiny = new TinyGguf(TinyGguf.Shape.standard(), 3).bytes();

    private void assertRejected(Path file, String reason) {
        assertThatThrownBy(() -> LlamaPlanner.load(LlamaPlanner.Settings.defaults(file)))
                .isInstanceOf(RosieException.class).hasMessageContaining(file.toString()).hasMessageContaining(reason);
    }

    @Test
    void should_reject_a_missing_model_file() {
        assertRejected(dir.resolve("nowhere.gguf"), "no such file");
    }

    @Test
    void should_reject_a_file_that_is_not_a_gguf_model() throws Exception {
        assertRejected(Files.writeString(dir.resolve("notes.gguf"), "these are not the weights you are looking for"),
                "not a GGUF model");
    }

    @Test
    void should_reject_a_truncated_model() throws Exception {
        assertRejected(Files.write(dir.resolve("half.gguf"), Arrays.copyOf(tiny, tiny.length / 2)), "truncated");
    }

    @Test
    void should_reject_an_architecture_llama_cpp_does_not_know() throws Exception {
        // Same length as "llama", so every offset in the file stays valid: only llama.cpp can object.
        byte[] alien = new String(tiny, StandardCharsets.ISO_8859_1)
                .replaceFirst("general\\.architecture(.{12})llama", "general.architecture$1zorbo")
                .getBytes(StandardCharsets.ISO_8859_1);

        assertRejected(Files.write(dir.resolve("alien.gguf"), alien), "llama.cpp could not load it (zorbo architecture)");
    }
}
