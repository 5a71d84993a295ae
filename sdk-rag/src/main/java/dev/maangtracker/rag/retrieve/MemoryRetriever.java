package dev.maangtracker.rag.retrieve;

import dev.maangtracker.core.embedding.Embedder;
import dev.maangtracker.core.embedding.Vectors;
import dev.maangtracker.core.error.InvalidInputException;
import dev.maangtracker.rag.RetrievedMemory;
import dev.maangtracker.rag.ScoredMemory;
import dev.maangtracker.rag.cache.RetrievalCache;
import dev.maangtracker.rag.store.MemoryStore;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Level;
import java.util.logging.Logger;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Scheduler;
import reactor.core.scheduler.Schedulers;
import reactor.util.function.Tuple2;
import reactor.util.function.Tuples;

/**
 * Retrieves a user's memories relevant to a query: cache → query embedding → the user's dense and
 * lexical candidates → fusion (relative-score by default; leaning lexical when the query names something) →
 * similarity threshold → recency, access and named-period weighting → maximal marginal relevance → access
 * counts updated → results with their scores and the reason for their rank. There is no way to search without a user. A failing cache is bypassed (logged),
 * never fatal. Thread-safe.
 */
public final class MemoryRetriever {

    /** Longest query accepted, in characters. */
    public static final int MAX_QUERY_CHARS = 2_000;

    private static final Logger LOG = Logger.getLogger(MemoryRetriever.class.getName());

    /** Whether the last cache call failed, so an outage is logged when it starts and ends, not per call. */
    private final AtomicBoolean cacheFailing = new AtomicBoolean();

    private final MemoryStore store;
    private final Embedder embedder;
    private final RetrievalCache cache;
    private final Clock clock;
    private final Scheduler embedding;
    private final RetrievalOptions defaults;
    private final RetrievalObserver observer;

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
        this(store, embedder, cache, clock, embedding, RetrievalOptions.defaults());
    }

    /**
     * As above, with the options {@link #retrieve(UUID, String)} uses (an application's configured
     * defaults).
     */
    public MemoryRetriever(MemoryStore store, Embedder embedder, RetrievalCache cache, Clock clock, Scheduler embedding,
                           RetrievalOptions defaults) {
        this(store, embedder, cache, clock, embedding, defaults, RetrievalObserver.NONE);
    }

    /** As above, telling the observer how long each retrieval took and how it ended (for metrics). */
    public MemoryRetriever(MemoryStore store, Embedder embedder, RetrievalCache cache, Clock clock, Scheduler embedding,
                           RetrievalOptions defaults, RetrievalObserver observer) {
        this.observer = Objects.requireNonNull(observer, "observer");
        this.defaults = Objects.requireNonNull(defaults, "defaults");
        this.store = Objects.requireNonNull(store, "store");
        this.embedder = Objects.requireNonNull(embedder, "embedder");
        this.cache = Objects.requireNonNull(cache, "cache");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.embedding = Objects.requireNonNull(embedding, "embedding scheduler");
    }

    /** The options {@link #retrieve(UUID, String)} uses. */
    public RetrievalOptions defaults() {
        return defaults;
    }

    /** The user's memories most relevant to the query with this retriever's {@link #defaults() default options}. */
    public Mono<List<RetrievedMemory>> retrieve(UUID userId, String query) {
        return retrieve(userId, query, defaults);
    }

    /**
     * The user's memories most relevant to the query, best first, at most {@code options.k()}.
     *
     * @throws InvalidInputException (signalled) for a blank or too long query
     */
    public Mono<List<RetrievedMemory>> retrieve(UUID userId, String query, RetrievalOptions options) {
        if (observer == RetrievalObserver.NONE) {
            return lookUp(userId, query, options, new boolean[1]);
        }
        return Mono.defer(() -> {
            long start = System.nanoTime();
            boolean[] searched = new boolean[1];
            return lookUp(userId, query, options, searched)
                    .doOnSuccess(results -> observer.retrieved(Duration.ofNanos(System.nanoTime() - start),
                            searched[0] ? RetrievalObserver.Outcome.SEARCHED : RetrievalObserver.Outcome.CACHE_HIT))
                    .doOnError(error -> observer.retrieved(Duration.ofNanos(System.nanoTime() - start),
                            RetrievalObserver.Outcome.FAILED));
        });
    }

    private Mono<List<RetrievedMemory>> lookUp(UUID userId, String query, RetrievalOptions options, boolean[] searched) {
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
                .doOnSuccess(cached -> cacheAnswered())
                .onErrorResume(error -> bypass("read", error))
                .switchIfEmpty(Mono.defer(() -> {
                    searched[0] = true;
                    return search(userId, query, options)
                            .flatMap(results -> cache.put(userId, key, results)
                                    .doOnSuccess(stored -> cacheAnswered())
                                    .onErrorResume(error -> bypass("write", error)).thenReturn(results));
                })));
    }

    /**
     * Lexical search needs no embedding, so it is started first and runs while the query is embedded
     * and searched densely (with an asynchronous store even when embedding runs on the calling
     * thread): the slower of the two paths sets the latency, not their sum.
     */
    private Mono<List<RetrievedMemory>> search(UUID userId, String query, RetrievalOptions options) {
        Mono<List<ScoredMemory>> lexical = options.lexical()
                ? store.lexicalSearch(userId, query, options.candidates()).collectList()
                : Mono.just(List.of());
        Mono<Tuple2<float[], List<ScoredMemory>>> dense = Mono.fromCallable(() -> Vectors.normalize(embedder.embed(query)))
                .subscribeOn(embedding)
                .flatMap(vector -> store.denseSearch(userId, vector, options.candidates()).collectList()
                        .map(found -> Tuples.of(vector, found)));
        return Mono.zip(lexical, dense)
                .map(found -> rank(found.getT2().getT2(), found.getT1(), found.getT2().getT1(), query, options))
                .flatMap(results -> store.recordAccess(userId,
                                results.stream().map(r -> r.memory().id()).toList(), clock.instant())
                        .thenReturn(results));
    }

    /**
     * Ranks the candidates. A query naming something specific (a name, a number, a date) gets the
     * options' named dense share: embeddings blur names and numbers, a word match finds them exactly.
     */
    private List<RetrievedMemory> rank(List<ScoredMemory> dense, List<ScoredMemory> lexical, float[] query,
                                       String text, RetrievalOptions options) {
        Instant now = clock.instant();
        List<QueryCues.Period> periods = options.periodWeight() > 0
                ? QueryCues.periods(text, LocalDate.ofInstant(now, clock.getZone())) : List.of();
        double denseWeight = options.denseWeightFor(QueryCues.namesSomething(text));
        List<Ranking.Candidate> candidates = Ranking.threshold(Ranking.fuse(dense, lexical, query, options, denseWeight),
                options.threshold(), options.k());
        Ranking.weight(candidates, options, now, clock.getZone(), periods, QueryCues.asksWhen(text));
        List<Ranking.Candidate> picked = Ranking.select(candidates, options.k(), options.mmr(), options.mmrLambda());
        List<RetrievedMemory> results = new ArrayList<>(picked.size());
        for (int i = 0; i < picked.size(); i++) {
            results.add(Ranking.result(picked.get(i), i + 1));
        }
        return List.copyOf(results);
    }

    /**
     * A failing cache is logged once when it starts failing (WARNING) and once when it answers again (INFO), not
     * on every retrieval in between: a cache down for minutes must not flood the log. Each failure is still
     * logged at FINE.
     */
    private <T> Mono<T> bypass(String operation, Throwable error) {
        if (cacheFailing.compareAndSet(false, true)) {
            LOG.log(Level.WARNING, "retrieval cache " + operation + " failed; answering without the cache until it "
                    + "answers again: " + error);
        } else {
            LOG.log(Level.FINE, "retrieval cache " + operation + " failed again: " + error);
        }
        return Mono.empty();
    }

    private void cacheAnswered() {
        if (cacheFailing.get() && cacheFailing.compareAndSet(true, false)) {
            LOG.log(Level.INFO, "retrieval cache answers again");
        }
    }
}
