package dev.maangtracker.core.candidate;

import java.util.UUID;
import reactor.core.publisher.Flux;

/**
 * What the interview engine may know about a candidate beyond the current session. The engine
 * reads it to pick questions that target weaknesses and to give the interviewer the candidate's
 * relevant past answers. Every call is scoped to one user; nothing of another user is ever returned.
 *
 * <p>Implementations: {@link InMemoryCandidateContext} here; the RAG memory ({@code sdk-rag}) and
 * the tracker ({@code sdk-tracker}) provide the real sources.
 */
public interface CandidateContext {

    /** Most snippets one call may ask for. */
    int MAX_SNIPPETS = 20;

    /** The candidate's open weaknesses, most pressing first; empty when none are known. */
    Flux<WeaknessSignal> weaknesses(UUID userId);

    /**
     * The candidate's past answers most relevant to a query, most relevant first.
     *
     * @param limit 1 to {@link #MAX_SNIPPETS}
     */
    Flux<MemorySnippet> relevantMemories(UUID userId, String query, int limit);
}
