package dev.rosie.planner.llama;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The model written from scratch is a GGUF llama.cpp loads and decodes, not a file that merely looks like one. */
class TinyGgufIT {

    @Test
    void should_load_in_llama_cpp_and_generate_tokens_when_written_from_scratch(@TempDir Path dir) {
        Path file = new TinyGguf(TinyGguf.Shape.standard(), 42).write(dir.resolve("tiny.gguf"));
        try (LlamaEngine engine = LlamaEngine.load(file, new LlamaEngine.Options(512, 1))) {
            LlamaEngine.Completion c = engine.complete("clean the kitchen", Optional.empty(), 7, 20, 1f);

            assertThat(c.tokens()).isPositive();
            assertThat(c.text()).isNotEmpty();
            assertThat(engine.countTokens("clean the kitchen")).as("one token per character, plus the SPM space prefix")
                    .isEqualTo("clean the kitchen".length() + 1);
        }
    }

    @Test
    void should_write_the_same_bytes_for_the_same_seed_and_different_weights_for_another() {
        TinyGguf.Shape shape = TinyGguf.Shape.standard();
        assertThat(new TinyGguf(shape, 5).bytes()).isEqualTo(new TinyGguf(shape, 5).bytes())
                .isNotEqualTo(new TinyGguf(shape, 6).bytes());
    }

    @Test
    void should_load_a_model_with_a_real_models_vocabulary_size(@TempDir Path dir) {
        Path file = new TinyGguf(TinyGguf.Shape.wideVocabulary(), 42).write(dir.resolve("wide.gguf"));
        try (LlamaEngine engine = LlamaEngine.load(file, new LlamaEngine.Options(512, 1))) {
            assertThat(engine.info().vocabularySize()).hasValue(32_000);
            assertThat(engine.countTokens("clean the kitchen")).as("letter pieces merge").isLessThan(10);
            assertThat(engine.complete("clean", Optional.empty(), 1, 10, 1f).tokens()).isPositive();
        }
    }
}
