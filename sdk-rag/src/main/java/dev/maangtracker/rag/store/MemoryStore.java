package dev.maangtracker.rag.store;

import dev.maangtracker.rag.Memory;
import dev.maangtracker.rag.ScoredMemory;
import java.time.Instant;
import java.util.Collection;
import java.util.UUID;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Where memories are kept. Every method takes the owner: no method searches, reads or deletes
 * across users, so one user's memories can never reach another's prompt.
 *
 * <p>Implementations: {@link InMemoryMemoryStore} here; in the starter a PostgreSQL + pgvector store
 * over the {@code memories} table and an adapter over any Spring AI {@code VectorStore}. All pass
 * the same contract tests. Errors are signalled through the returned publishers.
 */
public interface MemoryStore {

    /** Most results one search returns. */
    int MAX_SEARCH_LIMIT = 500;

    /**
     * Stores a new memory.
     *
     * @throws dev.maangtracker.core.error.ConflictException (signalled) when the id exists
     * @throws dev.maangtracker.core.error.InvalidInputException (signalled) when the embedding has
     *         another dimension than the store's
     */
    Mono<Memory> save(Memory memory);

    /** Replaces a stored memory of the same owner and id (a merge keeps the id). */
    Mono<Memory> replace(Memory memory);

    /** The owner's memory, or empty. */
    Mono<Memory> find(UUID userId, UUID memoryId);

    /** The owner's memories most similar to a unit vector, by cosine similarity, best first. */
    Flux<ScoredMemory> denseSearch(UUID userId, float[] query, int limit);

    /** The owner's memories that best match the query's words (full-text rank), best first. */
    Flux<ScoredMemory> lexicalSearch(UUID userId, String query, int limit);

    /** Counts one more retrieval of each memory, at the given time. */
    Mono<Void> recordAccess(UUID userId, Collection<UUID> memoryIds, Instant at);

    /** Every memory of the owner, oldest first (for a data export); retrieval uses the searches. */
    Flux<Memory> findAll(UUID userId);

    /** How many memories the owner has. */
    Mono<Long> count(UUID userId);

    /** Deletes one memory; emits whether it existed. */
    Mono<Boolean> delete(UUID userId, UUID memoryId);

    /** Deletes the memories of one session; emits how many. */
    Mono<Long> deleteSession(UUID userId, UUID sessionId);

    /** Deletes every memory of the owner; emits how many. */
    Mono<Long> deleteAll(UUID userId);

    /** Deletes the owner's memories created before {@code cutoff} with importance below {@code maxImportance}. */
    Mono<Long> deleteOlderThan(UUID userId, Instant cutoff, double maxImportance);
}
