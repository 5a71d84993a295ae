package dev.maangtracker.tracker.weakness;

import dev.maangtracker.core.candidate.CandidateContext;
import dev.maangtracker.core.candidate.MemorySnippet;
import dev.maangtracker.core.candidate.WeaknessSignal;
import java.util.Comparator;
import java.util.Objects;
import java.util.UUID;
import reactor.core.publisher.Flux;

/**
 * {@link CandidateContext} whose weaknesses come from the tracker's analysis (open weaknesses, highest priority
 * first) and whose memories come from a delegate, typically the RAG memory. Thread-safe when its parts are.
 */
public final class TrackerCandidateContext implements CandidateContext {

    private final WeaknessTracker weaknesses;
    private final CandidateContext memories;

    /**
     * @param weaknesses the tracker's weakness analysis
     * @param memories   answers {@link #relevantMemories}; its weaknesses are ignored
     */
    public TrackerCandidateContext(WeaknessTracker weaknesses, CandidateContext memories) {
        this.weaknesses = Objects.requireNonNull(weaknesses, "weaknesses");
        this.memories = Objects.requireNonNull(memories, "memories");
    }

    @Override
    public Flux<WeaknessSignal> weaknesses(UUID userId) {
        return weaknesses.openWeaknesses(userId).flatMapIterable(list -> list.stream().map(Weakness::toSignal)
                .sorted(Comparator.comparingDouble(WeaknessSignal::priority).reversed()).toList());
    }

    @Override
    public Flux<MemorySnippet> relevantMemories(UUID userId, String query, int limit) {
        return memories.relevantMemories(userId, query, limit);
    }
}
