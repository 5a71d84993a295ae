package dev.maangtracker.core.embedding;

import java.util.ArrayList;
import java.util.List;

/**
 * Turns text into a fixed-length vector whose cosine similarity reflects closeness of meaning.
 *
 * <p>Synchronous, like Spring AI's {@code EmbeddingModel}: a local model computes, a remote one
 * blocks; reactive callers run it on a scheduler meant for blocking work. Implementations are
 * thread-safe. The SDK ships {@link HashingEmbedder} (offline, deterministic, lexical); the starter
 * adapts any Spring AI {@code EmbeddingModel} (by default the local all-MiniLM-L6-v2).
 */
public interface Embedder {

    /** Length of every vector this embedder returns. */
    int dimensions();

    /**
     * Embeds one text.
     *
     * @param text any text; blank text yields a zero vector
     * @return a new array of {@link #dimensions()} floats, L2-normalised unless it is all zeros
     */
    float[] embed(String text);

    /**
     * Embeds many texts, in order. Implementations that can batch (one model call for many texts)
     * override this; the default embeds one by one.
     */
    default List<float[]> embedAll(List<String> texts) {
        List<float[]> vectors = new ArrayList<>(texts.size());
        for (String text : texts) {
            vectors.add(embed(text));
        }
        return vectors;
    }
}
