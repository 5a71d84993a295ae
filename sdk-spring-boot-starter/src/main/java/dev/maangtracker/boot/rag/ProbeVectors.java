package dev.maangtracker.boot.rag;

import java.util.List;
import java.util.Random;

/**
 * Four fixed unit vectors ±p, ±q (p, q dense pseudo-random directions) for listing a vector
 * store's documents through similarity search: a vector has positive cosine with one of them
 * unless it is orthogonal to both p and q.
 */
final class ProbeVectors {

    private ProbeVectors() {
    }

    static List<float[]> of(int dimensions) {
        float[] p = random(dimensions, 0x5eed_0001L);
        float[] q = random(dimensions, 0x5eed_0002L);
        return List.of(p, negated(p), q, negated(q));
    }

    private static float[] random(int dimensions, long seed) {
        Random random = new Random(seed);
        float[] v = new float[dimensions];
        double norm = 0;
        for (int i = 0; i < dimensions; i++) {
            v[i] = (float) random.nextGaussian();
            norm += v[i] * v[i];
        }
        float scale = (float) (1 / Math.sqrt(norm));
        for (int i = 0; i < dimensions; i++) {
            v[i] *= scale;
        }
        return v;
    }

    private static float[] negated(float[] v) {
        float[] n = new float[v.length];
        for (int i = 0; i < v.length; i++) {
            n[i] = -v[i];
        }
        return n;
    }
}
