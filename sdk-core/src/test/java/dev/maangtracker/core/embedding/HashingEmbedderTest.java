package dev.maangtracker.core.embedding;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.maangtracker.core.error.InvalidInputException;
import java.util.List;
import org.junit.jupiter.api.Test;

class HashingEmbedderTest {

    private final HashingEmbedder embedder = new HashingEmbedder();

    private double similarity(String a, String b) {
        return Vectors.cosine(embedder.embed(a), embedder.embed(b));
    }

    @Test
    void returnsUnitVectorsOfTheConfiguredLength() {
        float[] vector = embedder.embed("Design a URL shortener that handles 100 million links a day.");
        assertThat(vector).hasSize(384);
        double norm = 0;
        for (float v : vector) {
            norm += v * v;
        }
        assertThat(norm).isCloseTo(1.0, org.assertj.core.data.Offset.offset(1e-5));
    }

    @Test
    void blankTextIsTheZeroVector() {
        assertThat(embedder.embed("   ")).containsOnly(0f);
        assertThat(embedder.embed("the and of")).containsOnly(0f);
        assertThat(Vectors.cosine(embedder.embed(""), embedder.embed("cache"))).isZero();
    }

    @Test
    void isDeterministic() {
        String text = "We sharded the database by user id to spread writes.";
        assertThat(embedder.embed(text)).containsExactly(new HashingEmbedder().embed(text));
    }

    @Test
    void inflectionsAndSynonymsMatch() {
        assertThat(similarity("I scaled the databases", "scaling a DB")).isGreaterThan(0.5);
        assertThat(similarity("partitioning the table", "we sharded it")).isGreaterThan(0.3);
    }

    @Test
    void relatedTextIsCloserThanUnrelatedText() {
        String point = "Estimates the number of writes per second from daily new URLs";
        String covering = "With 100 million new URLs per day that is roughly 1,200 writes per second.";
        String unrelated = "I told my manager about the conflict and we agreed on a plan.";
        assertThat(similarity(point, covering)).isGreaterThan(similarity(point, unrelated) + 0.2);
    }

    @Test
    void embedAllKeepsOrder() {
        List<float[]> vectors = embedder.embedAll(List.of("cache", "queue"));
        assertThat(vectors.get(0)).containsExactly(embedder.embed("cache"));
        assertThat(vectors.get(1)).containsExactly(embedder.embed("queue"));
    }

    @Test
    void rejectsDimensionsOutOfRange() {
        assertThatThrownBy(() -> new HashingEmbedder(8)).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("dimensions");
    }

    @Test
    void cosineRejectsMismatchedLengths() {
        assertThatThrownBy(() -> Vectors.cosine(new float[2], new float[3])).isInstanceOf(InvalidInputException.class);
    }
}
