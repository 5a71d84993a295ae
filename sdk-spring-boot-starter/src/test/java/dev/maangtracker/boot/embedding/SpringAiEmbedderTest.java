package dev.maangtracker.boot.embedding;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.maangtracker.core.embedding.Vectors;
import dev.maangtracker.core.error.InvalidInputException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.ai.document.Document;
import org.springframework.ai.embedding.Embedding;
import org.springframework.ai.embedding.EmbeddingModel;
import org.springframework.ai.embedding.EmbeddingRequest;
import org.springframework.ai.embedding.EmbeddingResponse;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Scheduler;
import reactor.core.scheduler.Schedulers;

class SpringAiEmbedderTest {

    /** A model whose vector depends only on the text; records each call's size and the calls in flight. */
    static final class FakeModel implements EmbeddingModel {
        final int dimensions;
        final List<Integer> callSizes = new CopyOnWriteArrayList<>();
        final List<List<String>> calls = new CopyOnWriteArrayList<>();
        final AtomicInteger inFlight = new AtomicInteger();
        final AtomicInteger mostInFlight = new AtomicInteger();

        FakeModel(int dimensions) {
            this.dimensions = dimensions;
        }

        static float[] vectorOf(String text, int dimensions) {
            Random random = new Random(text.hashCode());
            float[] vector = new float[dimensions];
            for (int i = 0; i < dimensions; i++) {
                vector[i] = (float) random.nextGaussian() * 5;
            }
            return vector;
        }

        @Override
        public EmbeddingResponse call(EmbeddingRequest request) {
            mostInFlight.accumulateAndGet(inFlight.incrementAndGet(), Math::max);
            try {
                Thread.sleep(2);
                callSizes.add(request.getInstructions().size());
                calls.add(request.getInstructions());
                List<Embedding> embeddings = new ArrayList<>();
                for (int i = 0; i < request.getInstructions().size(); i++) {
                    embeddings.add(new Embedding(vectorOf(request.getInstructions().get(i), dimensions), i));
                }
                return new EmbeddingResponse(embeddings);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            } finally {
                inFlight.decrementAndGet();
            }
        }

        @Override
        public float[] embed(Document document) {
            return vectorOf(document.getText(), dimensions);
        }
    }

    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3, 4, 5})
    void embedAllKeepsTheCallersOrderWhateverTheGroupingAndConcurrency(long seed) {
        Random random = new Random(seed);
        List<String> texts = new ArrayList<>();
        for (int i = 0; i < 1 + random.nextInt(90); i++) {
            texts.add(random.nextInt(10) == 0 ? " " : "text " + i + " " + "word ".repeat(random.nextInt(40)));
        }
        FakeModel model = new FakeModel(8);
        int groupSize = 1 + random.nextInt(10);
        int groupsInFlight = 1 + random.nextInt(4);
        SpringAiEmbedder embedder = new SpringAiEmbedder(model, 8, groupSize, groupsInFlight);

        List<float[]> vectors = embedder.embedAll(texts);

        assertThat(vectors).hasSize(texts.size());
        for (int i = 0; i < texts.size(); i++) {
            float[] expected = texts.get(i).isBlank() ? new float[8]
                    : Vectors.normalize(FakeModel.vectorOf(texts.get(i), 8));
            assertThat(vectors.get(i)).as("text %d", i).containsExactly(expected);
        }
        assertThat(model.callSizes).allSatisfy(size -> assertThat(size).isBetween(1, groupSize));
        assertThat(model.mostInFlight.get()).isLessThanOrEqualTo(groupsInFlight);
    }

    /**
     * Callers that fill every thread of their pool, as the app's requests fill Reactor's bounded-elastic one: each
     * embedAll must finish with the threads it has. (Handing groups to the callers' own pool and blocking for them
     * deadlocked the app under load.)
     */
    @Test
    void callersFillingTheirWholePoolAllFinish() {
        FakeModel model = new FakeModel(8);
        SpringAiEmbedder embedder = new SpringAiEmbedder(model, 8, 2, 2);
        List<String> texts = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            texts.add("answer sentence " + i);
        }
        int threads = 4;
        int callers = 5 * threads;
        Scheduler pool = Schedulers.newBoundedElastic(threads, 10_000, "embed-callers");
        try {
            List<List<float[]>> results = Flux.range(0, callers)
                    .flatMap(i -> Mono.fromCallable(() -> embedder.embedAll(texts)).subscribeOn(pool), callers)
                    .collectList().block(Duration.ofSeconds(60));

            assertThat(results).hasSize(callers).allSatisfy(vectors -> assertThat(vectors).hasSize(texts.size()));
            assertThat(results.get(0).get(3)).containsExactly(Vectors.normalize(FakeModel.vectorOf(texts.get(3), 8)));
        } finally {
            pool.dispose();
        }
    }

    @Test
    void aFailingGroupFailsTheCallAndLeavesTheEmbedderUsable() {
        FakeModel wrong = new FakeModel(6);
        SpringAiEmbedder embedder = new SpringAiEmbedder(wrong, 8, 1, 2);
        assertThatThrownBy(() -> embedder.embedAll(List.of("a", "bb", "ccc", "dddd")))
                .isInstanceOf(InvalidInputException.class);
        SpringAiEmbedder right = new SpringAiEmbedder(new FakeModel(8), 8, 1, 2);
        assertThat(right.embedAll(List.of("a", "bb", "ccc", "dddd"))).hasSize(4);
    }

    @Test
    void aModelOfAnotherDimensionIsATypedError() {
        SpringAiEmbedder embedder = new SpringAiEmbedder(new FakeModel(6), 8);
        List<String> texts = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            texts.add("text " + i);
        }
        assertThatThrownBy(() -> embedder.embedAll(texts)).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("6 dimensions");
        assertThatThrownBy(() -> embedder.embed("one")).isInstanceOf(InvalidInputException.class);
    }

    @Test
    void embedsTheLongestTextsFirstSoTheLastCallsAreShort() {
        List<String> texts = new ArrayList<>();
        for (int i = 0; i < 3 * SpringAiEmbedder.DEFAULT_GROUP_SIZE; i++) {
            texts.add("w".repeat(1 + (i * 7) % 50) + " " + i);
        }
        FakeModel model = new FakeModel(8);

        new SpringAiEmbedder(model, 8, SpringAiEmbedder.DEFAULT_GROUP_SIZE, 1).embedAll(texts);

        List<Integer> longestOfEachCall = model.calls.stream()
                .map(call -> call.stream().mapToInt(String::length).max().orElseThrow()).toList();
        assertThat(longestOfEachCall).hasSize(3).isSortedAccordingTo(java.util.Comparator.reverseOrder());
        assertThat(longestOfEachCall.get(0)).isEqualTo(texts.stream().mapToInt(String::length).max().orElseThrow());
    }

    @Test
    void rejectsGroupsOfNoTextAndNoGroupInFlight() {
        assertThatThrownBy(() -> new SpringAiEmbedder(new FakeModel(8), 8, 0, 2)).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("groupSize");
        assertThatThrownBy(() -> new SpringAiEmbedder(new FakeModel(8), 8, 4, 0)).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("groupsInFlight");
    }
}
