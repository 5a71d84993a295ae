package dev.maangtracker.boot.embedding;

import static org.assertj.core.api.Assertions.assertThat;

import dev.langchain4j.model.embedding.onnx.allminilml6v2.AllMiniLmL6V2EmbeddingModel;
import dev.maangtracker.core.embedding.Vectors;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The local MiniLM model loads from the classpath, offline, and measures meaning, not shared words. */
class LocalMiniLmTest {

    private static SpringAiEmbedder embedder;
    private static AllMiniLmL6V2EmbeddingModel peer;

    @BeforeAll
    static void load() {
        embedder = LocalMiniLm.embedder();
        peer = new AllMiniLmL6V2EmbeddingModel();
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

    /** Known values from an independent implementation: langchain4j's in-process MiniLM (texts under 128 tokens). */
    @ParameterizedTest
    @ValueSource(longs = {11, 12, 13})
    void matchesLangchain4jsMiniLmVectors(long seed) {
        Random random = new Random(seed);
        List<String> words = List.of("heap", "graph", "latency", "I", "used", "a", "cache", "for", "the", "interview",
                "trie", "on-call", "p95", "sharded", "PostgreSQL", "because", "we", "measured", "it", "twice", "Kahn's");
        List<String> texts = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            StringBuilder text = new StringBuilder();
            for (int w = 0; w < 1 + random.nextInt(60); w++) {
                text.append(words.get(random.nextInt(words.size()))).append(' ');
            }
            texts.add(text.toString().trim() + ".");
        }

        List<float[]> ours = embedder.embedAll(texts);

        for (int i = 0; i < texts.size(); i++) {
            float[] expected = peer.embed(texts.get(i)).content().vector();
            assertThat(Vectors.cosine(ours.get(i), Vectors.normalize(expected))).as(texts.get(i)).isGreaterThan(0.999);
        }
    }

    @Test
    void batchEqualsSingleAndBlankIsZero() {
        List<float[]> batch = embedder.embedAll(List.of("heap of size k", " ", "two pointers"));
        assertThat(Vectors.cosine(batch.get(0), embedder.embed("heap of size k"))).isGreaterThan(0.9999);
        assertThat(batch.get(1)).containsOnly(0f);
        assertThat(Vectors.cosine(batch.get(2), embedder.embed("two pointers"))).isGreaterThan(0.9999);
    }
}
