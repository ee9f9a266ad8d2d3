package dev.rosie.planner.embedding;

import java.util.ArrayList;
import java.util.List;

/**
 * Turns text into a unit-length vector whose dot product with another measures how alike the two
 * texts mean. Implementations load their model once, in their constructor, and are handed to
 * whoever needs them (constructor injection), so a process pays the cold start once.
 */
public interface Embedder extends AutoCloseable {

    /** A unit-length embedding of {@code text}. */
    float[] embed(String text);

    /** Embeddings of every text, in order; implementations batch where that is faster. */
    default List<float[]> embedAll(List<String> texts) {
        List<float[]> out = new ArrayList<>(texts.size());
        for (String t : texts) {
            out.add(embed(t));
        }
        return out;
    }

    /** The model's name, for reports. */
    String modelName();

    /** Releases native resources; embedding after close fails. */
    @Override
    default void close() {
    }
}
