package dev.rosie.planner.embedding;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class CachingEmbedderTest {

    /** Counts what reaches the model; the vectors just encode the text's length. */
    private static final class Counting implements Embedder {
        final List<String> seen = new ArrayList<>();

        @Override
        public float[] embed(String text) {
            seen.add(text);
            return new float[] {text.length()};
        }

        @Override
        public String modelName() {
            return "counting";
        }
    }

    @Test
    void should_embed_each_text_once_while_it_stays_cached() {
        Counting model = new Counting();
        CachingEmbedder cache = new CachingEmbedder(model, 10);

        cache.embed("clean");
        cache.embed("clean");
        List<float[]> all = cache.embedAll(List.of("clean", "dock", "dock", "stop"));

        assertThat(model.seen).containsExactly("clean", "dock", "stop");
        assertThat(all).extracting(v -> v[0]).containsExactly(5f, 4f, 4f, 4f);
    }

    @Test
    void should_forget_the_least_recently_used_beyond_capacity_and_still_answer_big_batches() {
        Counting model = new Counting();
        CachingEmbedder cache = new CachingEmbedder(model, 2);

        List<float[]> all = cache.embedAll(List.of("a", "bb", "ccc"));
        cache.embed("a");

        assertThat(all).extracting(v -> v[0]).containsExactly(1f, 2f, 3f);
        assertThat(model.seen).containsExactly("a", "bb", "ccc", "a");
    }
}
