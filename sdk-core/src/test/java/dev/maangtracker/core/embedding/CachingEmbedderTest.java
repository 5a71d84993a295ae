package dev.maangtracker.core.embedding;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class CachingEmbedderTest {

    /** Records what reaches the model. */
    private static final class CountingEmbedder implements Embedder {
        final HashingEmbedder real = new HashingEmbedder();
        final List<String> single = new ArrayList<>();
        final List<List<String>> batches = new ArrayList<>();

        @Override
        public int dimensions() {
            return real.dimensions();
        }

        @Override
        public float[] embed(String text) {
            single.add(text);
            return real.embed(text);
        }

        @Override
        public List<float[]> embedAll(List<String> texts) {
            batches.add(List.copyOf(texts));
            return real.embedAll(texts);
        }
    }

    private final CountingEmbedder model = new CountingEmbedder();
    private final CachingEmbedder cached = new CachingEmbedder(model, 100);

    @Test
    void aRepeatedTextIsEmbeddedOnceAndGivesTheSameVector() {
        float[] first = cached.embed("Explains the trade-off");
        float[] again = cached.embed("Explains the trade-off");
        assertThat(again).containsExactly(model.real.embed("Explains the trade-off"));
        assertThat(again).isEqualTo(first).isNotSameAs(first);
        assertThat(model.single).containsExactly("Explains the trade-off");
        assertThat(cached.dimensions()).isEqualTo(model.dimensions());
    }

    @Test
    void aBatchSendsOnlyTheMissingTextsInOneCallAndKeepsTheOrder() {
        cached.embed("b");
        List<float[]> vectors = cached.embedAll(List.of("a", "b", "c", "a"));
        assertThat(model.batches).containsExactly(List.of("a", "c"));
        assertThat(vectors).hasSize(4);
        for (int i = 0; i < 4; i++) {
            assertThat(vectors.get(i)).containsExactly(model.real.embed(List.of("a", "b", "c", "a").get(i)));
        }
        cached.embedAll(List.of("c", "a"));
        assertThat(model.batches).hasSize(1);
    }

    @Test
    void changingAReturnedVectorDoesNotChangeTheCache() {
        float[] vector = cached.embed("Mentions a metric");
        vector[0] = 42f;
        assertThat(cached.embed("Mentions a metric")[0]).isNotEqualTo(42f);
        cached.embedAll(List.of("Mentions a metric")).get(0)[1] = 42f;
        assertThat(cached.embed("Mentions a metric")[1]).isNotEqualTo(42f);
    }

    @Test
    void longTextsAreNotKept() {
        String answer = "word ".repeat(CachingEmbedder.MAX_CACHED_CHARS);
        cached.embed(answer);
        cached.embed(answer);
        cached.embedAll(List.of(answer));
        assertThat(model.single).hasSize(2);
        assertThat(model.batches).containsExactly(List.of(answer));
        assertThat(cached.size()).isZero();
    }

    @Test
    void theCacheIsBounded() {
        CachingEmbedder small = new CachingEmbedder(model, 10);
        for (int i = 0; i < 500; i++) {
            small.embed("text " + i);
        }
        assertThat(small.size()).isLessThanOrEqualTo(10);
        assertThatThrownBy(() -> new CachingEmbedder(model, 0)).isInstanceOf(IllegalArgumentException.class);
    }
}
