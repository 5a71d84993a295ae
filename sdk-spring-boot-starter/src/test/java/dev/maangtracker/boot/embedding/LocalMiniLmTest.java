package dev.maangtracker.boot.embedding;

import static org.assertj.core.api.Assertions.assertThat;

import dev.maangtracker.core.embedding.Vectors;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The local MiniLM model loads from the classpath, offline, and measures meaning, not shared words. */
class LocalMiniLmTest {

    private static SpringAiEmbedder embedder;

    @BeforeAll
    static void load() {
        embedder = new SpringAiEmbedder(LocalMiniLm.load(), LocalMiniLm.DIMENSIONS);
    }

    @Test
    void returnsUnitVectorsOf384Dimensions() {
        float[] vector = embedder.embed("Design a rate limiter for a public API.");
        assertThat(vector).hasSize(384);
        double norm = 0;
        for (float v : vector) {
            norm += v * v;
        }
        assertThat(norm).isCloseTo(1.0, org.assertj.core.data.Offset.offset(1e-4));
    }

    @Test
    void paraphrasesWithoutSharedWordsAreCloserThanUnrelatedText() {
        float[] memory = embedder.embed("I used Kahn's algorithm: count in-degrees and queue the courses with none.");
        float[] paraphrase = embedder.embed("How did I order tasks that depend on each other?");
        float[] unrelated = embedder.embed("My salary expectation is in line with the market.");
        assertThat(Vectors.cosine(memory, paraphrase)).isGreaterThan(Vectors.cosine(memory, unrelated) + 0.1);
    }

    @Test
    void batchEqualsSingleAndBlankIsZero() {
        List<float[]> batch = embedder.embedAll(List.of("heap of size k", " ", "two pointers"));
        assertThat(Vectors.cosine(batch.get(0), embedder.embed("heap of size k"))).isGreaterThan(0.9999);
        assertThat(batch.get(1)).containsOnly(0f);
        assertThat(Vectors.cosine(batch.get(2), embedder.embed("two pointers"))).isGreaterThan(0.9999);
    }
}
