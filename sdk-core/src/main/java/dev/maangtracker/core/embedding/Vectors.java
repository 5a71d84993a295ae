package dev.maangtracker.core.embedding;

import dev.maangtracker.core.error.InvalidInputException;

/** Vector arithmetic the SDK needs on embeddings. Stateless and thread-safe. */
public final class Vectors {

    private Vectors() {
    }

    /**
     * Cosine similarity in [-1, 1]; 0 when either vector is all zeros.
     *
     * @throws InvalidInputException when the lengths differ
     */
    public static double cosine(float[] a, float[] b) {
        if (a.length != b.length) {
            throw InvalidInputException.of("vector", "lengths differ (" + a.length + " vs " + b.length + ")");
        }
        double dot = 0;
        double normA = 0;
        double normB = 0;
        for (int i = 0; i < a.length; i++) {
            dot += a[i] * b[i];
            normA += a[i] * a[i];
            normB += b[i] * b[i];
        }
        if (normA == 0 || normB == 0) {
            return 0;
        }
        return Math.max(-1, Math.min(1, dot / Math.sqrt(normA * normB)));
    }

    /** Scales the vector in place to unit length (a zero vector is left as it is) and returns it. */
    public static float[] normalize(float[] vector) {
        double norm = 0;
        for (float v : vector) {
            norm += v * v;
        }
        if (norm > 0) {
            float inverse = (float) (1 / Math.sqrt(norm));
            for (int i = 0; i < vector.length; i++) {
                vector[i] *= inverse;
            }
        }
        return vector;
    }
}
