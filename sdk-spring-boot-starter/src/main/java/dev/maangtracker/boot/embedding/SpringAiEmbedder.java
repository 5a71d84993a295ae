package dev.maangtracker.boot.embedding;

import dev.maangtracker.core.embedding.Embedder;
import dev.maangtracker.core.embedding.Vectors;
import dev.maangtracker.core.error.InvalidInputException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import org.springframework.ai.embedding.EmbeddingModel;

/**
 * The SDK's {@link Embedder} over any Spring AI {@link EmbeddingModel}. Vectors are L2-normalised
 * (the local MiniLM model returns norms of 3.5–7), and many texts are embedded together, sorted by
 * length and grouped so little padding is computed. Blank texts get zero vectors
 * without a model call. Thread-safe if the model is.
 */
public final class SpringAiEmbedder implements Embedder {

    /**
     * Most texts per model call, after sorting by length: groups of 16 similar-length texts beat one
     * padded call of 32 mixed lengths (EmbeddingBenchmark, docs/benchmarks.md).
     */
    static final int GROUP = 16;

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
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < texts.size(); i++) {
            if (texts.get(i) != null && !texts.get(i).isBlank()) {
                order.add(i);
            }
        }
        // A batch is padded to its longest text: texts of similar length embedded together waste less.
        order.sort(Comparator.comparingInt(i -> texts.get(i).length()));
        float[][] vectors = new float[texts.size()][];
        for (int start = 0; start < order.size(); start += GROUP) {
            List<Integer> group = order.subList(start, Math.min(order.size(), start + GROUP));
            List<float[]> embedded = model.embed(group.stream().map(texts::get).toList());
            for (int j = 0; j < group.size(); j++) {
                vectors[group.get(j)] = checked(embedded.get(j));
            }
        }
        List<float[]> result = new ArrayList<>(texts.size());
        for (float[] vector : vectors) {
            result.add(vector == null ? new float[dimensions] : vector);
        }
        return result;
    }

    private float[] checked(float[] vector) {
        if (vector.length != dimensions) {
            throw InvalidInputException.of("embedding", "the model returned " + vector.length
                    + " dimensions, " + dimensions + " were configured");
        }
        return Vectors.normalize(vector.clone());
    }
}
