package dev.maangtracker.rag;

import dev.maangtracker.core.embedding.Vectors;
import java.util.Random;

/** Random unit vectors for store tests. */
public final class TestVectors {

    private TestVectors() {
    }

    /** A random unit vector of the given length, reproducible from the seed. */
    public static float[] unit(int dimensions, long seed) {
        Random random = new Random(seed);
        float[] vector = new float[dimensions];
        for (int i = 0; i < dimensions; i++) {
            vector[i] = (float) random.nextGaussian();
        }
        return Vectors.normalize(vector);
    }

    /** A unit vector close to {@code base}: base plus a little noise. */
    public static float[] near(float[] base, double noise, long seed) {
        Random random = new Random(seed);
        float[] vector = base.clone();
        for (int i = 0; i < vector.length; i++) {
            vector[i] += (float) (noise * random.nextGaussian());
        }
        return Vectors.normalize(vector);
    }
}
