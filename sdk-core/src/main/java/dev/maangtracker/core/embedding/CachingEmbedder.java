package dev.maangtracker.core.embedding;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * An {@link Embedder} that remembers the vectors of texts it has embedded, for callers that embed the same texts
 * again and again: the offline interviewer embeds every rubric point and follow-up of a question for each answer,
 * while only the answer itself is new. A local model spends most of an answer's scoring time on those repeats.
 *
 * <p>Bounded by entry count with Caffeine's frequency-aware eviction, so a stream of one-off texts (answers) does
 * not push out the recurring ones. Vectors are copied in and out, so a caller that modifies an array cannot
 * corrupt the cache. Thread-safe if the delegate is.
 */
public final class CachingEmbedder implements Embedder {

    /** Longest text whose vector is kept; longer texts are one-off answers, not worth the memory. */
    public static final int MAX_CACHED_CHARS = 1_000;

    private final Embedder delegate;
    private final Cache<String, float[]> vectors;

    /**
     * @param delegate   computes the vectors the cache does not hold
     * @param maxEntries most vectors kept (a MiniLM vector is 1.5 KiB)
     */
    public CachingEmbedder(Embedder delegate, long maxEntries) {
        this.delegate = Objects.requireNonNull(delegate, "delegate");
        if (maxEntries < 1) {
            throw new IllegalArgumentException("maxEntries must be at least 1, was " + maxEntries);
        }
        // Eviction runs on the calling thread: cheap next to an embedding, and no pool thread is borrowed.
        this.vectors = Caffeine.newBuilder().maximumSize(maxEntries).executor(Runnable::run).build();
    }

    @Override
    public int dimensions() {
        return delegate.dimensions();
    }

    @Override
    public float[] embed(String text) {
        if (!cacheable(text)) {
            return delegate.embed(text);
        }
        return vectors.get(text, delegate::embed).clone();
    }

    /** Looks every text up and embeds the missing ones in one call to the delegate, keeping its batching. */
    @Override
    public List<float[]> embedAll(List<String> texts) {
        Map<String, float[]> found = new LinkedHashMap<>();
        Set<String> absent = new LinkedHashSet<>();
        for (String text : texts) {
            float[] cached = cacheable(text) ? vectors.getIfPresent(text) : null;
            if (cached != null) {
                found.put(text, cached);
            } else {
                absent.add(text);
            }
        }
        if (!absent.isEmpty()) {
            List<String> missing = new ArrayList<>(absent);
            List<float[]> computed = delegate.embedAll(missing);
            for (int i = 0; i < missing.size(); i++) {
                String text = missing.get(i);
                found.put(text, computed.get(i));
                if (cacheable(text)) {
                    vectors.put(text, computed.get(i).clone());
                }
            }
        }
        List<float[]> result = new ArrayList<>(texts.size());
        for (String text : texts) {
            result.add(found.get(text).clone());
        }
        return result;
    }

    /** How many vectors the cache holds now (approximate while it is being written). */
    public long size() {
        return vectors.estimatedSize();
    }

    private static boolean cacheable(String text) {
        return text != null && text.length() <= MAX_CACHED_CHARS;
    }

    @Override
    public String toString() {
        return "CachingEmbedder[" + delegate + "]";
    }
}
