package dev.maangtracker.boot.rag;

import dev.maangtracker.core.candidate.CandidateContext;
import dev.maangtracker.core.candidate.MemorySnippet;
import dev.maangtracker.core.candidate.WeaknessSignal;
import dev.maangtracker.core.error.InvalidInputException;
import dev.maangtracker.rag.RetrievedMemory;
import dev.maangtracker.rag.retrieve.MemoryRetriever;
import dev.maangtracker.rag.retrieve.RetrievalOptions;
import java.util.Objects;
import java.util.UUID;
import reactor.core.publisher.Flux;

/**
 * The candidate's past answers from the RAG memory, as the interview engine reads them: retrieval with
 * the retriever's default options and the caller's limit; a blank query finds nothing. Knows no weaknesses (the tracker does).
 * Thread-safe.
 */
public final class MemoryCandidateContext implements CandidateContext {

    private final MemoryRetriever retriever;

    /** @param retriever answers every query, scoped to the user */
    public MemoryCandidateContext(MemoryRetriever retriever) {
        this.retriever = Objects.requireNonNull(retriever, "retriever");
    }

    @Override
    public Flux<WeaknessSignal> weaknesses(UUID userId) {
        return Flux.empty();
    }

    @Override
    public Flux<MemorySnippet> relevantMemories(UUID userId, String query, int limit) {
        if (limit < 1 || limit > MAX_SNIPPETS) {
            return Flux.error(InvalidInputException.outOfRange("limit", limit, 1, MAX_SNIPPETS));
        }
        if (query == null || query.isBlank()) {
            // Nothing to be relevant to: the engine asks before the candidate has said anything.
            return Flux.empty();
        }
        RetrievalOptions defaults = retriever.defaults();
        RetrievalOptions options = defaults.toBuilder().k(limit).candidates(Math.max(limit, defaults.candidates()))
                .build();
        return retriever.retrieve(userId, query, options).flatMapIterable(found -> found)
                .map(MemoryCandidateContext::snippet);
    }

    private static MemorySnippet snippet(RetrievedMemory found) {
        double relevance = Math.max(0, Math.min(1, found.score()));
        return new MemorySnippet(found.memory().id().toString(), found.memory().content(), found.memory().createdAt(),
                relevance);
    }
}
