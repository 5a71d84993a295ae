package dev.maangtracker.rag.cache;

import dev.maangtracker.rag.RetrievedMemory;
import java.util.List;
import java.util.UUID;
import reactor.core.publisher.Mono;

/**
 * Caches retrieval results per user and request. Entries expire after a time to live, and any
 * write or delete for a user invalidates all of that user's entries at once by bumping the user's
 * version (part of every key), never by scanning keys.
 *
 * <p>Implementations: {@link InProcessRetrievalCache} (Caffeine) here, a Redis one in the starter.
 * A cache that cannot answer must not fail retrieval: implementations signal errors, and the
 * retriever treats them as misses.
 */
public interface RetrievalCache {

    /** The cached results, or empty on a miss. */
    Mono<List<RetrievedMemory>> get(UUID userId, String requestKey);

    /** Stores results under the user's current version. */
    Mono<Void> put(UUID userId, String requestKey, List<RetrievedMemory> results);

    /** Invalidates every entry of the user. */
    Mono<Void> invalidate(UUID userId);

    /**
     * Removes every trace of the user, entries and version bookkeeping alike, for account deletion
     * ({@link #invalidate} only makes old entries unreadable and leaves them to expire).
     */
    Mono<Void> removeUser(UUID userId);
}
