package dev.maangtracker.rag.retrieve;

import dev.maangtracker.core.embedding.Embedder;
import dev.maangtracker.core.embedding.Vectors;
import dev.maangtracker.core.error.InvalidInputException;
import dev.maangtracker.rag.RetrievedMemory;
import dev.maangtracker.rag.ScoredMemory;
import dev.maangtracker.rag.cache.RetrievalCache;
import dev.maangtracker.rag.store.MemoryStore;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Scheduler;
import reactor.core.scheduler.Schedulers;

/**
 * Retrieves a user's memories relevant to a query: cache → query embedding → the user's dense and
 * lexical candidates → fusion (relative-score by default) → similarity threshold → recency and access weighting
 * → maximal marginal relevance → access counts updated → results with their scores and the reason
 * for their rank. There is no way to search without a user. A failing cache is bypassed (logged),
 * never fatal. Thread-safe.
 */
public final class MemoryRetriever {

    /** Longest query accepted, in characters. */
    public static final int MAX_QUERY_CHARS = 2_000;

    private static final Logger LOG = Logger.getLogger(MemoryRetriever.class.getName());

    private final MemoryStore store;
    private final Embedder embedder;
    private final RetrievalCache cache;
    private final Clock clock;
    private final Scheduler embedding;

    /**
     * @param store    the memories
     * @param embedder embeds the query (blocking work, run on {@code Schedulers.boundedElastic()})
     * @param cache    caches results per user, query and options
     * @param clock    the time recency is measured from
     */
    public MemoryRetriever(MemoryStore store, Embedder embedder, RetrievalCache cache, Clock clock) {
        this(store, embedder, cache, clock, Schedulers.boundedElastic());
    }

    /** As above, embedding on the given scheduler. */
    public MemoryRetriever(MemoryStore store, Embedder embedder, RetrievalCache cache, Clock clock, Scheduler embedding) {
        this.store = Objects.requireNonNull(store, "store");
        this.embedder = Objects.requireNonNull(embedder, "embedder");
        this.cache = Objects.requireNonNull(cache, "cache");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.embedding = Objects.requireNonNull(embedding, "embedding scheduler");
    }

    /** The user's memories most relevant to the query with the default options. */
    public Mono<List<RetrievedMemory>> retrieve(UUID userId, String query) {
        return retrieve(userId, query, RetrievalOptions.defaults());
    }

    /**
     * The user's memories most relevant to the query, best first, at most {@code options.k()}.
     *
     * @throws InvalidInputException (signalled) for a blank or too long query
     */
    public Mono<List<RetrievedMemory>> retrieve(UUID userId, String query, RetrievalOptions options) {
        return Mono.fromCallable(() -> {
            Objects.requireNonNull(userId, "userId");
            Objects.requireNonNull(options, "options");
            if (query == null || query.isBlank()) {
                throw InvalidInputException.required("query");
            }
            if (query.length() > MAX_QUERY_CHARS) {
                throw InvalidInputException.tooLong("query", query.length(), MAX_QUERY_CHARS);
            }
            return options.cacheKey() + "|" + query.strip();
        }).flatMap(key -> cache.get(userId, key)
                .onErrorResume(error -> bypass("read", error))
                .switchIfEmpty(Mono.defer(() -> search(userId, query, options)
                        .flatMap(results -> cache.put(userId, key, results)
                                .onErrorResume(error -> bypass("write", error)).thenReturn(results)))));
    }

    private Mono<List<RetrievedMemory>> search(UUID userId, String query, RetrievalOptions options) {
        return Mono.fromCallable(() -> Vectors.normalize(embedder.embed(query))).subscribeOn(embedding)
                .flatMap(vector -> Mono.zip(
                                store.denseSearch(userId, vector, options.candidates()).collectList(),
                                options.lexical()
                                        ? store.lexicalSearch(userId, query, options.candidates()).collectList()
                                        : Mono.just(List.<ScoredMemory>of()))
                        .map(lists -> rank(lists.getT1(), lists.getT2(), vector, options)))
                .flatMap(results -> store.recordAccess(userId,
                                results.stream().map(r -> r.memory().id()).toList(), clock.instant())
                        .thenReturn(results));
    }

    private List<RetrievedMemory> rank(List<ScoredMemory> dense, List<ScoredMemory> lexical, float[] query,
                                       RetrievalOptions options) {
        List<Ranking.Candidate> candidates = Ranking.threshold(Ranking.fuse(dense, lexical, query, options), options.threshold());
        Ranking.weight(candidates, options, clock.instant());
        List<Ranking.Candidate> picked = Ranking.select(candidates, options.k(), options.mmr(), options.mmrLambda());
        List<RetrievedMemory> results = new ArrayList<>(picked.size());
        for (int i = 0; i < picked.size(); i++) {
            results.add(Ranking.result(picked.get(i), i + 1));
        }
        return List.copyOf(results);
    }

    private static <T> Mono<T> bypass(String operation, Throwable error) {
        LOG.log(Level.WARNING, "retrieval cache " + operation + " failed; answering without the cache: " + error);
        return Mono.empty();
    }
}
