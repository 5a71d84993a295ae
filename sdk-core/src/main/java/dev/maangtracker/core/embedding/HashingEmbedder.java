package dev.maangtracker.core.embedding;

import dev.maangtracker.core.embedding.internal.Terms;
import dev.maangtracker.core.error.InvalidInputException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * An offline, deterministic {@link Embedder} built on feature hashing: content terms (stemmed, stop
 * words removed, common synonyms joined), adjacent term pairs and character trigrams are hashed
 * into a signed vector with sublinear term weights, then L2-normalised.
 *
 * <p>It measures shared vocabulary, not meaning: "I cut latency by caching" and "response times
 * fell after we added Redis" score lower than a neural model would score them. It is the SDK's
 * default so that everything works with no model and no network; the starter replaces it with
 * all-MiniLM-L6-v2. Thread-safe and allocation-light; about a microsecond per word.
 */
public final class HashingEmbedder implements Embedder {

    /** Default vector length, the same as all-MiniLM-L6-v2's, so vectors fit the schema. */
    public static final int DEFAULT_DIMENSIONS = 384;
    /** Smallest vector length accepted. */
    public static final int MIN_DIMENSIONS = 16;
    /** Largest vector length accepted. */
    public static final int MAX_DIMENSIONS = 8192;

    private static final double UNIGRAM_WEIGHT = 1.0;
    private static final double BIGRAM_WEIGHT = 0.5;
    private static final double TRIGRAM_WEIGHT = 0.15;

    private final int dimensions;

    /** A hashing embedder of {@link #DEFAULT_DIMENSIONS}. */
    public HashingEmbedder() {
        this(DEFAULT_DIMENSIONS);
    }

    /**
     * @param dimensions vector length, {@link #MIN_DIMENSIONS} to {@link #MAX_DIMENSIONS}
     * @throws InvalidInputException when out of range
     */
    public HashingEmbedder(int dimensions) {
        if (dimensions < MIN_DIMENSIONS || dimensions > MAX_DIMENSIONS) {
            throw InvalidInputException.outOfRange("dimensions", dimensions, MIN_DIMENSIONS, MAX_DIMENSIONS);
        }
        this.dimensions = dimensions;
    }

    @Override
    public int dimensions() {
        return dimensions;
    }

    @Override
    public float[] embed(String text) {
        List<String> terms = Terms.of(text);
        Map<String, Double> features = new HashMap<>();
        for (int i = 0; i < terms.size(); i++) {
            String term = terms.get(i);
            features.merge("w:" + term, UNIGRAM_WEIGHT, Double::sum);
            if (i + 1 < terms.size()) {
                features.merge("b:" + term + ' ' + terms.get(i + 1), BIGRAM_WEIGHT, Double::sum);
            }
            String padded = '^' + term + '$';
            for (int j = 0; j + 3 <= padded.length(); j++) {
                features.merge("c:" + padded.substring(j, j + 3), TRIGRAM_WEIGHT, Double::sum);
            }
        }
        float[] vector = new float[dimensions];
        features.forEach((feature, weight) -> {
            long hash = fnv1a64(feature);
            int index = (int) Long.remainderUnsigned(hash, dimensions);
            // Sublinear weighting keeps one repeated word from dominating; the sign bit spreads collisions.
            double value = Math.log1p(weight);
            vector[index] += (float) ((hash >>> 63) == 0 ? value : -value);
        });
        return Vectors.normalize(vector);
    }

    private static long fnv1a64(String feature) {
        long hash = 0xcbf29ce484222325L;
        for (int i = 0; i < feature.length(); i++) {
            hash ^= feature.charAt(i);
            hash *= 0x100000001b3L;
        }
        // Final avalanche so that close strings land far apart (FNV alone keeps low bits correlated).
        hash ^= hash >>> 33;
        hash *= 0xff51afd7ed558ccdL;
        hash ^= hash >>> 33;
        return hash;
    }
}
