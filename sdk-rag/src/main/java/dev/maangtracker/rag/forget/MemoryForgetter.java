package dev.maangtracker.rag.forget;

import dev.maangtracker.core.error.InvalidInputException;
import dev.maangtracker.rag.cache.RetrievalCache;
import dev.maangtracker.rag.store.MemoryStore;
import java.time.Clock;
import java.time.Duration;
import java.util.Objects;
import java.util.UUID;
import reactor.core.publisher.Mono;

/**
 * Deletes a user's memories — one, a session's, all, or old unimportant ones — and invalidates the
 * user's cached retrievals in the same step, so a forgotten memory is never served from the cache.
 * Thread-safe.
 */
public final class MemoryForgetter {

    private final MemoryStore store;
    private final RetrievalCache cache;
    private final Clock clock;

    /**
     * @param store where memories are kept
     * @param cache invalidated for the user after each deletion
     * @param clock the time ages are measured from
     */
    public MemoryForgetter(MemoryStore store, RetrievalCache cache, Clock clock) {
        this.store = Objects.requireNonNull(store, "store");
        this.cache = Objects.requireNonNull(cache, "cache");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /** Forgets one memory; emits whether it existed. */
    public Mono<Boolean> forget(UUID userId, UUID memoryId) {
        return store.delete(userId, memoryId).flatMap(deleted -> cache.invalidate(userId).thenReturn(deleted));
    }

    /** Forgets everything from one session; emits how many memories. */
    public Mono<Long> forgetSession(UUID userId, UUID sessionId) {
        return store.deleteSession(userId, sessionId).flatMap(count -> cache.invalidate(userId).thenReturn(count));
    }

    /** Forgets everything of the user; emits how many memories. */
    public Mono<Long> forgetAll(UUID userId) {
        return store.deleteAll(userId).flatMap(count -> cache.invalidate(userId).thenReturn(count));
    }

    /**
     * Decay: forgets the user's memories older than {@code maxAge} whose importance is below
     * {@code importanceBelow} (repeated memories gain importance and survive).
     */
    public Mono<Long> decay(UUID userId, Duration maxAge, double importanceBelow) {
        return Mono.fromCallable(() -> {
            Objects.requireNonNull(maxAge, "maxAge");
            if (maxAge.isNegative() || maxAge.isZero()) {
                throw InvalidInputException.of("maxAge", "must be positive");
            }
            if (!(importanceBelow >= 0 && importanceBelow <= 1)) {
                throw InvalidInputException.outOfRange("importanceBelow", importanceBelow, 0, 1);
            }
            return clock.instant().minus(maxAge);
        }).flatMap(cutoff -> store.deleteOlderThan(userId, cutoff, importanceBelow))
                .flatMap(count -> cache.invalidate(userId).thenReturn(count));
    }
}
