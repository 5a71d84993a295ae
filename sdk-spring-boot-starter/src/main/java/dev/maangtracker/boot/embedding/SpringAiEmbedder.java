package dev.maangtracker.boot.embedding;

import dev.maangtracker.core.embedding.Embedder;
import dev.maangtracker.core.embedding.Vectors;
import dev.maangtracker.core.error.InvalidInputException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.springframework.ai.embedding.EmbeddingModel;

/**
 * The SDK's {@link Embedder} over any Spring AI {@link EmbeddingModel}. Vectors are L2-normalised
 * (the local MiniLM model returns norms of 3.5–7), and many texts are embedded in one model call:
 * batching costs about a third less CPU per text than single calls. Blank texts get zero vectors
 * without a model call. Thread-safe if the model is.
 */
public final class SpringAiEmbedder implements Embedder {

    private final EmbeddingModel model;
    private final int dimensions;

    /**
     * @param model      the embedding model
     * @param dimensions the model's vector length (384 for all-MiniLM-L6-v2)
     */
    public SpringAiEmbedder(EmbeddingModel model, int dimensions) {
        this.model = Objects.requireNonNull(model, "model");
        if (dimensions < 1) {
            throw InvalidInputException.outOfRange("dimensions", dimensions, 1, Integer.MAX_VALUE);
        }
        this.dimensions = dimensions;
    }

    @Override
    public int dimensions() {
        return dimensions;
    }

    @Override
    public float[] embed(String text) {
        if (text == null || text.isBlank()) {
            return new float[dimensions];
        }
        return checked(model.embed(text));
    }

    @Override
    public List<float[]> embedAll(List<String> texts) {
        List<String> nonBlank = texts.stream().filter(t -> t != null && !t.isBlank()).toList();
        List<float[]> embedded = nonBlank.isEmpty() ? List.of() : model.embed(nonBlank);
        List<float[]> vectors = new ArrayList<>(texts.size());
        int next = 0;
        for (String text : texts) {
            vectors.add(text == null || text.isBlank() ? new float[dimensions] : checked(embedded.get(next++)));
        }
        return vectors;
    }

    private float[] checked(float[] vector) {
        if (vector.length != dimensions) {
            throw InvalidInputException.of("embedding", "the model returned " + vector.length
                    + " dimensions, " + dimensions + " were configured");
        }
        return Vectors.normalize(vector.clone());
    }
}
