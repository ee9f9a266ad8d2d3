package dev.rosie.planner.embedding;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Remembers the embeddings of recent texts. Exemplars, vocabulary names and common phrasings come
 * back on every command; caching them keeps a warm command to a few model runs. Bounded (least
 * recently used goes first) so a long-running robot does not grow without limit. Synchronized: the
 * delegate's predictor is not thread-safe anyway.
 */
public final class CachingEmbedder implements Embedder {
    private final Embedder delegate;
    private final Map<String, float[]> cache;

    public CachingEmbedder(Embedder delegate, int capacity) {
        this.delegate = Objects.requireNonNull(delegate, "delegate");
        if (capacity < 1) {
            throw new IllegalArgumentException("cache capacity must be positive, not " + capacity);
        }
        this.cache = new LinkedHashMap<>(256, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, float[]> eldest) {
                return size() > capacity;
            }
        };
    }

    @Override
    public synchronized float[] embed(String text) {
        float[] hit = cache.get(text);
        if (hit != null) {
            return hit;
        }
        float[] v = delegate.embed(text);
        cache.put(text, v);
        return v;
    }

    @Override
    public synchronized List<float[]> embedAll(List<String> texts) {
        // Collected locally first: with a small capacity, caching one text may evict another we return.
        Map<String, float[]> found = new LinkedHashMap<>();
        List<String> missing = new ArrayList<>();
        for (String t : texts) {
            float[] hit = cache.get(t);
            if (hit != null) {
                found.put(t, hit);
            } else if (!found.containsKey(t) && !missing.contains(t)) {
                missing.add(t);
            }
        }
        if (!missing.isEmpty()) {
            List<float[]> fresh = delegate.embedAll(missing);
            for (int i = 0; i < missing.size(); i++) {
                found.put(missing.get(i), fresh.get(i));
                cache.put(missing.get(i), fresh.get(i));
            }
        }
        List<float[]> out = new ArrayList<>(texts.size());
        for (String t : texts) {
            out.add(found.get(t));
        }
        return out;
    }

    @Override
    public String modelName() {
        return delegate.modelName();
    }

    @Override
    public void close() {
        delegate.close();
    }
}
