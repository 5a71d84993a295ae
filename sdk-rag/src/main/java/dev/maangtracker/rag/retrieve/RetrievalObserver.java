package dev.maangtracker.rag.retrieve;

import java.time.Duration;

/**
 * Told about every completed {@link MemoryRetriever#retrieve retrieval}: how long it took from
 * subscription to result and how it ended. The starter adapts it to Micrometer; the SDK itself
 * stays free of any metrics library. Called on the thread that completes the retrieval, so an
 * implementation must be fast and must not throw. Cancelled retrievals are not reported.
 */
@FunctionalInterface
public interface RetrievalObserver {

    /** Observes nothing (the default). */
    RetrievalObserver NONE = (elapsed, outcome) -> { };

    /** How a retrieval ended. */
    enum Outcome {
        /** Answered from the retrieval cache. */
        CACHE_HIT,
        /** Not cached (or the cache failed): embedded the query and searched the store. */
        SEARCHED,
        /** Signalled an error (invalid query, store failure). */
        FAILED
    }

    /** One retrieval finished. */
    void retrieved(Duration elapsed, Outcome outcome);
}
