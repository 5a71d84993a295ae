package dev.maangtracker.rag.retrieve;

import static dev.maangtracker.rag.RagFixture.TIMEOUT;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.maangtracker.core.embedding.HashingEmbedder;
import dev.maangtracker.core.error.InvalidInputException;
import dev.maangtracker.rag.Memory;
import dev.maangtracker.rag.MessageType;
import dev.maangtracker.rag.RagFixture;
import dev.maangtracker.rag.RetrievedMemory;
import dev.maangtracker.rag.cache.RetrievalCache;
import dev.maangtracker.rag.write.NewMemory;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.junit.jupiter.api.Test;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;
import reactor.test.StepVerifier;

class MemoryRetrieverTest {

    private final RagFixture rag = new RagFixture();
    private final UUID alice = UUID.randomUUID();
    private final UUID bob = UUID.randomUUID();

    private Memory remember(UUID user, String text, Instant at) {
        return rag.writer.remember(new NewMemory(user, null, null, text, null, MessageType.ANSWER, at)).block(TIMEOUT).get(0);
    }

    private Memory remember(UUID user, String text) {
        return remember(user, text, RagFixture.NOW.minus(Duration.ofDays(10)));
    }

    private List<RetrievedMemory> retrieve(UUID user, String query, RetrievalOptions options) {
        return rag.retriever.retrieve(user, query, options).block(TIMEOUT);
    }

    @Test
    void findsTheUsersRelevantMemoryAndNeverAnotherUsers() {
        Memory mine = remember(alice, "I cached the product catalogue in Redis and cut page latency by 60%.");
        remember(alice, "My manager and I disagreed about the release date of the mobile app.");
        remember(bob, "I cached the product catalogue in Redis and cut page latency by 60 percent.");
        List<RetrievedMemory> found = retrieve(alice, "How did I use Redis for the catalogue?", RetrievalOptions.defaults());
        assertThat(found).isNotEmpty();
        assertThat(found.get(0).memory().id()).isEqualTo(mine.id());
        assertThat(found).allSatisfy(r -> assertThat(r.memory().userId()).isEqualTo(alice));
        assertThat(found.get(0).reason()).contains("cosine").contains("dense rank 1");
    }

    @Test
    void retrievalWithoutOptionsUsesTheRetrieversDefaults() {
        remember(alice, "I cached the product catalogue in Redis and cut page latency by 60%.");
        remember(alice, "I cached user sessions in Redis to share them between instances.");
        remember(alice, "I moved the Redis cache to a cluster with three primaries.");
        RetrievalOptions one = RetrievalOptions.builder().k(1).build();
        MemoryRetriever configured = new MemoryRetriever(rag.store, rag.embedder, rag.cache, rag.clock,
                Schedulers.immediate(), one);
        assertThat(configured.defaults()).isEqualTo(one);
        assertThat(configured.retrieve(alice, "Redis cache").block(TIMEOUT)).hasSize(1);
        assertThat(rag.retriever.defaults()).isEqualTo(RetrievalOptions.defaults());
        assertThat(rag.retriever.retrieve(alice, "Redis cache").block(TIMEOUT)).hasSizeGreaterThan(1);
    }

    @Test
    void dropsMemoriesBelowTheThresholdUnlessLexicalSearchAgrees() {
        remember(alice, "We ordered pizza for the team offsite in Lisbon.");
        RetrievalOptions strict = RetrievalOptions.builder().threshold(0.9).lexical(false).build();
        assertThat(retrieve(alice, "consistent hashing ring for cache nodes", strict)).isEmpty();
        Memory exact = remember(alice, "Consistent hashing places cache nodes on a ring.");
        assertThat(retrieve(alice, "consistent hashing ring", RetrievalOptions.builder().threshold(0.99).build()))
                .extracting(r -> r.memory().id()).containsExactly(exact.id());
    }

    @Test
    void mmrPrefersADifferentRelevantMemoryOverRepeats() {
        remember(alice, "I sharded the orders table by customer id to spread writes across four nodes.");
        remember(alice, "I sharded the orders table by customer id so writes spread over four database nodes.");
        Memory different = remember(alice, "For the orders table I also added read replicas to absorb reporting queries.");
        RetrievalOptions twoWithMmr = RetrievalOptions.builder().k(2).threshold(0).mmrLambda(0.5).build();
        assertThat(retrieve(alice, "how did I scale the orders table", twoWithMmr))
                .extracting(r -> r.memory().id()).contains(different.id());
    }

    @Test
    void recencyBreaksTiesTowardsNewerMemories() {
        // Stored directly: the writer would merge two identical texts into one memory.
        String text = "I explained binary search on the answer for shipping capacity.";
        float[] vector = rag.embedder.embed(text);
        Memory old = rag.store.save(new Memory(UUID.randomUUID(), alice, null, null, text, vector, null,
                MessageType.ANSWER, List.of(), 0, 0.5, RagFixture.NOW.minus(Duration.ofDays(200)), null)).block(TIMEOUT);
        Memory recent = rag.store.save(new Memory(UUID.randomUUID(), alice, null, null, text, vector, null,
                MessageType.ANSWER, List.of(), 0, 0.5, RagFixture.NOW.minus(Duration.ofDays(1)), null)).block(TIMEOUT);
        RetrievalOptions options = RetrievalOptions.builder().k(2).threshold(0).mmr(false).build();
        assertThat(retrieve(alice, "binary search on the answer", options)).extracting(r -> r.memory().id())
                .containsExactly(recent.id(), old.id());
    }

    @Test
    void aQueryNamingAPeriodPrefersWhatWasSaidThen() {
        String text = "I explained binary search on the answer for shipping capacity.";
        float[] vector = rag.embedder.embed(text);
        Memory march = rag.store.save(new Memory(UUID.randomUUID(), alice, null, null, text, vector, null,
                MessageType.ANSWER, List.of(), 0, 0.5, Instant.parse("2026-03-10T09:00:00Z"), null)).block(TIMEOUT);
        Memory recent = rag.store.save(new Memory(UUID.randomUUID(), alice, null, null, text, vector, null,
                MessageType.ANSWER, List.of(), 0, 0.5, RagFixture.NOW.minus(Duration.ofDays(1)), null)).block(TIMEOUT);
        RetrievalOptions options = RetrievalOptions.builder().k(2).threshold(0).mmr(false).build();
        String query = "What did I say about binary search on the answer in March?";
        List<RetrievedMemory> found = retrieve(alice, query, options);
        assertThat(found).extracting(r -> r.memory().id()).containsExactly(march.id(), recent.id());
        assertThat(found.get(0).reason()).contains("said in the period the query names");
        assertThat(retrieve(alice, query, options.toBuilder().periodWeight(0).build())).extracting(r -> r.memory().id())
                .containsExactly(recent.id(), march.id());
    }

    @Test
    void aWhenQueryPrefersAMemoryThatTellsATime() {
        float[] vector = rag.embedder.embed("I explained binary search on the answer.");
        Instant at = RagFixture.NOW.minus(Duration.ofDays(3));
        Memory plain = rag.store.save(new Memory(UUID.randomUUID(), alice, null, null,
                "I explained binary search on the answer.", vector, null, MessageType.ANSWER, List.of(), 0, 0.5, at,
                null)).block(TIMEOUT);
        Memory dated = rag.store.save(new Memory(UUID.randomUUID(), alice, null, null,
                "Last week I explained binary search on the answer.", vector, null, MessageType.ANSWER, List.of(), 0, 0.5,
                at, null)).block(TIMEOUT);
        RetrievalOptions options = RetrievalOptions.builder().k(2).threshold(0).lexical(false).mmr(false).build();
        List<RetrievedMemory> found = retrieve(alice, "When did I explain binary search?", options);
        assertThat(found).extracting(r -> r.memory().id()).containsExactly(dated.id(), plain.id());
        assertThat(found.get(0).reason()).contains("tells a time the query asks for");
        assertThat(found.get(0).score()).isGreaterThan(found.get(1).score());
        List<RetrievedMemory> unboosted = retrieve(alice, "When did I explain binary search?",
                options.toBuilder().whenWeight(0).build());
        assertThat(unboosted.get(0).score()).isEqualTo(unboosted.get(1).score());
    }

    @Test
    void retrievalCountsAccesses() {
        Memory memory = remember(alice, "I used union-find to count connected components.");
        retrieve(alice, "union-find components", RetrievalOptions.defaults());
        Memory after = rag.store.find(alice, memory.id()).block(TIMEOUT);
        assertThat(after.accessCount()).isEqualTo(1);
        assertThat(after.lastAccessedAt()).isEqualTo(RagFixture.NOW);
    }

    @Test
    void aRepeatedQueryIsServedFromTheCacheUntilTheTtl() {
        remember(alice, "I used union-find to count connected components.");
        int calls = rag.embedCalls.get();
        retrieve(alice, "union-find components", RetrievalOptions.defaults());
        retrieve(alice, "union-find components", RetrievalOptions.defaults());
        assertThat(rag.embedCalls.get() - calls).as("second call is a cache hit").isEqualTo(1);
        rag.tickerNanos.addAndGet(Duration.ofMinutes(6).toNanos());
        retrieve(alice, "union-find components", RetrievalOptions.defaults());
        assertThat(rag.embedCalls.get() - calls).as("expired after the TTL").isEqualTo(2);
    }

    @Test
    void forgettingInvalidatesTheCache() {
        Memory memory = remember(alice, "I used union-find to count connected components.");
        assertThat(retrieve(alice, "union-find components", RetrievalOptions.defaults())).hasSize(1);
        assertThat(rag.forgetter.forget(alice, memory.id()).block(TIMEOUT)).isTrue();
        assertThat(retrieve(alice, "union-find components", RetrievalOptions.defaults())).isEmpty();
    }

    @Test
    void aFailingCacheIsBypassed() {
        AtomicInteger failures = new AtomicInteger();
        RetrievalCache broken = new RetrievalCache() {
            @Override
            public Mono<List<RetrievedMemory>> get(UUID userId, String requestKey) {
                failures.incrementAndGet();
                return Mono.error(new IllegalStateException("connection refused"));
            }

            @Override
            public Mono<Void> put(UUID userId, String requestKey, List<RetrievedMemory> results) {
                failures.incrementAndGet();
                return Mono.error(new IllegalStateException("connection refused"));
            }

            @Override
            public Mono<Void> invalidate(UUID userId) {
                return Mono.error(new IllegalStateException("connection refused"));
            }

            @Override
            public Mono<Void> removeUser(UUID userId) {
                return Mono.error(new IllegalStateException("connection refused"));
            }
        };
        remember(alice, "I used union-find to count connected components.");
        MemoryRetriever retriever = new MemoryRetriever(rag.store, rag.embedder, broken, rag.clock, Schedulers.immediate());
        assertThat(retriever.retrieve(alice, "union-find components").block(TIMEOUT)).hasSize(1);
        assertThat(failures.get()).isEqualTo(2);
    }

    @Test
    void aCacheOutageIsLoggedWhenItStartsAndWhenItEndsNotOnEveryRetrieval() {
        AtomicBoolean down = new AtomicBoolean(true);
        RetrievalCache flaky = new RetrievalCache() {
            @Override
            public Mono<List<RetrievedMemory>> get(UUID userId, String requestKey) {
                return down.get() ? Mono.error(new IllegalStateException("connection refused"))
                        : rag.cache.get(userId, requestKey);
            }

            @Override
            public Mono<Void> put(UUID userId, String requestKey, List<RetrievedMemory> results) {
                return down.get() ? Mono.error(new IllegalStateException("connection refused"))
                        : rag.cache.put(userId, requestKey, results);
            }

            @Override
            public Mono<Void> invalidate(UUID userId) {
                return rag.cache.invalidate(userId);
            }

            @Override
            public Mono<Void> removeUser(UUID userId) {
                return rag.cache.removeUser(userId);
            }
        };
        remember(alice, "I used union-find to count connected components.");
        MemoryRetriever retriever = new MemoryRetriever(rag.store, rag.embedder, flaky, rag.clock, Schedulers.immediate());
        Logger log = Logger.getLogger(MemoryRetriever.class.getName());
        List<LogRecord> records = new CopyOnWriteArrayList<>();
        Handler capture = new Handler() {
            @Override
            public void publish(LogRecord record) {
                records.add(record);
            }

            @Override
            public void flush() {
            }

            @Override
            public void close() {
            }
        };
        log.addHandler(capture);
        try {
            for (int i = 0; i < 5; i++) {
                assertThat(retriever.retrieve(alice, "union-find components " + i).block(TIMEOUT)).hasSize(1);
            }
            down.set(false);
            for (int i = 0; i < 3; i++) {
                assertThat(retriever.retrieve(alice, "union-find components").block(TIMEOUT)).hasSize(1);
            }
            down.set(true);
            assertThat(retriever.retrieve(alice, "union-find again").block(TIMEOUT)).hasSize(1);
        } finally {
            log.removeHandler(capture);
        }
        assertThat(records).extracting(LogRecord::getLevel).containsExactly(
                Level.WARNING, Level.INFO, Level.WARNING);
        assertThat(records.get(0).getMessage()).contains("connection refused");
    }

    @Test
    void theObserverHearsAHitAMissAndAFailureWithTheirDurations() {
        List<RetrievalObserver.Outcome> outcomes = new CopyOnWriteArrayList<>();
        List<Duration> durations = new CopyOnWriteArrayList<>();
        MemoryRetriever observed = new MemoryRetriever(rag.store, rag.embedder, rag.cache, rag.clock,
                Schedulers.immediate(), RetrievalOptions.defaults(), (elapsed, outcome) -> {
                    durations.add(elapsed);
                    outcomes.add(outcome);
                });
        remember(alice, "I used union-find to count connected components.");
        assertThat(observed.retrieve(alice, "union-find components").block(TIMEOUT)).hasSize(1);
        assertThat(observed.retrieve(alice, "union-find components").block(TIMEOUT)).hasSize(1);
        StepVerifier.create(observed.retrieve(alice, " ")).expectError(InvalidInputException.class).verify(TIMEOUT);
        assertThat(outcomes).containsExactly(RetrievalObserver.Outcome.SEARCHED, RetrievalObserver.Outcome.CACHE_HIT,
                RetrievalObserver.Outcome.FAILED);
        assertThat(durations).allSatisfy(d -> assertThat(d).isPositive());
    }

    @Test
    void badInputIsRejected() {
        StepVerifier.create(rag.retriever.retrieve(alice, "  ")).expectError(InvalidInputException.class).verify(TIMEOUT);
        StepVerifier.create(rag.retriever.retrieve(alice, "x".repeat(MemoryRetriever.MAX_QUERY_CHARS + 1)))
                .expectError(InvalidInputException.class).verify(TIMEOUT);
        assertThatThrownBy(() -> RetrievalOptions.builder().k(0).build()).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("k");
        assertThatThrownBy(() -> RetrievalOptions.builder().k(RetrievalOptions.MAX_K + 1).build())
                .isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> RetrievalOptions.builder().threshold(1.5).build()).isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> RetrievalOptions.builder().namedDenseWeight(1.5).build())
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("namedDenseWeight");
        assertThatThrownBy(() -> RetrievalOptions.builder().periodWeight(-0.1).build())
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("periodWeight");
    }

    @Test
    void aQueryEmbeddingOfAnotherDimensionIsRejected() {
        MemoryRetriever mismatched = new MemoryRetriever(rag.store, new HashingEmbedder(64),
                rag.cache, rag.clock, Schedulers.immediate());
        StepVerifier.create(mismatched.retrieve(alice, "anything")).expectError(InvalidInputException.class).verify(TIMEOUT);
    }

    @Test
    void contextBlockFitsTheBudgetAndCitesIdsAndDates() {
        Memory memory = remember(alice, "I used union-find to count connected components.");
        List<RetrievedMemory> found = retrieve(alice, "union-find", RetrievalOptions.defaults());
        String block = ContextFormatter.format(found, 200);
        assertThat(block).contains("[m:" + memory.id() + ", 2026-11-14]").contains("union-find");
        assertThat(ContextFormatter.format(found, ContextFormatter.MIN_BUDGET_TOKENS)).isEmpty();
        assertThatThrownBy(() -> ContextFormatter.format(found, 1)).isInstanceOf(InvalidInputException.class);
    }
}
