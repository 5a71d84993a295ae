package dev.maangtracker.boot.metrics;

import dev.maangtracker.rag.RetrievedMemory;
import dev.maangtracker.rag.cache.RetrievalCache;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import reactor.core.publisher.Mono;

/**
 * Counts the lookups of the wrapped retrieval cache as {@value #LOOKUPS}, tagged with the cache
 * ({@code cache}: {@code redis}, {@code in-process}, ...) and the {@code result}: {@code hit},
 * {@code miss} or {@code error} (the retriever then searches, as on a miss). The hit ratio is
 * {@code hit / (hit + miss + error)}. Writes and invalidations pass through unmeasured.
 */
public final class MeteredRetrievalCache implements RetrievalCache {

    /** The counter's name. */
    public static final String LOOKUPS = "maang.rag.cache.lookups";

    private final RetrievalCache delegate;
    private final Counter hits;
    private final Counter misses;
    private final Counter errors;

    /**
     * @param delegate the cache measured
     * @param registry where the counters live
     * @param cache    the {@code cache} tag
     */
    public MeteredRetrievalCache(RetrievalCache delegate, MeterRegistry registry, String cache) {
        this.delegate = Objects.requireNonNull(delegate, "delegate");
        this.hits = counter(registry, cache, "hit");
        this.misses = counter(registry, cache, "miss");
        this.errors = counter(registry, cache, "error");
    }

    private static Counter counter(MeterRegistry registry, String cache, String result) {
        return Counter.builder(LOOKUPS).description("Retrieval cache lookups by result")
                .tag("cache", cache).tag("result", result).register(registry);
    }

    /** The cache measured. */
    public RetrievalCache delegate() {
        return delegate;
    }

    @Override
    public Mono<List<RetrievedMemory>> get(UUID userId, String requestKey) {
        return delegate.get(userId, requestKey)
                .doOnNext(found -> hits.increment())
                .doOnError(error -> errors.increment())
                .switchIfEmpty(Mono.fromRunnable(misses::increment));
    }

    @Override
    public Mono<Void> put(UUID userId, String requestKey, List<RetrievedMemory> results) {
        return delegate.put(userId, requestKey, results);
    }

    @Override
    public Mono<Void> invalidate(UUID userId) {
        return delegate.invalidate(userId);
    }

    @Override
    public Mono<Void> removeUser(UUID userId) {
        return delegate.removeUser(userId);
    }
}
