package dev.maangtracker.core.candidate;

import dev.maangtracker.core.embedding.Embedder;
import dev.maangtracker.core.embedding.Vectors;
import dev.maangtracker.core.error.InvalidInputException;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * {@link CandidateContext} held in memory: weaknesses are set, past answers remembered and ranked by
 * cosine similarity with the given {@link Embedder}. Thread-safe. For tests, the embedded default
 * and single-process use; the RAG memory module is the full implementation.
 */
public final class InMemoryCandidateContext implements CandidateContext {

    private record Remembered(MemorySnippet snippet, float[] vector) {
    }

    private final Embedder embedder;
    private final Map<UUID, List<WeaknessSignal>> weaknesses = new ConcurrentHashMap<>();
    private final Map<UUID, List<Remembered>> memories = new ConcurrentHashMap<>();

    /** @param embedder ranks remembered answers against a query */
    public InMemoryCandidateContext(Embedder embedder) {
        this.embedder = Objects.requireNonNull(embedder, "embedder");
    }

    /** Replaces the user's known weaknesses. */
    public void setWeaknesses(UUID userId, List<WeaknessSignal> signals) {
        weaknesses.put(Objects.requireNonNull(userId, "userId"), List.copyOf(signals));
    }

    /** Remembers something the user said; returns the memory's id. */
    public String remember(UUID userId, String content, Instant createdAt) {
        Objects.requireNonNull(userId, "userId");
        MemorySnippet snippet = new MemorySnippet(UUID.randomUUID().toString(), content, createdAt, 0);
        memories.computeIfAbsent(userId, id -> new CopyOnWriteArrayList<>())
                .add(new Remembered(snippet, embedder.embed(content)));
        return snippet.id();
    }

    @Override
    public Flux<WeaknessSignal> weaknesses(UUID userId) {
        Objects.requireNonNull(userId, "userId");
        return Flux.defer(() -> Flux.fromStream(weaknesses.getOrDefault(userId, List.of()).stream()
                .sorted(Comparator.comparingDouble(WeaknessSignal::priority).reversed())));
    }

    @Override
    public Flux<MemorySnippet> relevantMemories(UUID userId, String query, int limit) {
        return Mono.fromCallable(() -> {
            Objects.requireNonNull(userId, "userId");
            if (limit < 1 || limit > MAX_SNIPPETS) {
                throw InvalidInputException.outOfRange("limit", limit, 1, MAX_SNIPPETS);
            }
            float[] queryVector = embedder.embed(query == null ? "" : query);
            return memories.getOrDefault(userId, List.of()).stream()
                    .map(m -> new MemorySnippet(m.snippet().id(), m.snippet().content(), m.snippet().createdAt(),
                            Math.max(0, Vectors.cosine(queryVector, m.vector()))))
                    .filter(s -> s.relevance() > 0)
                    .sorted(Comparator.comparingDouble(MemorySnippet::relevance).reversed())
                    .limit(limit)
                    .toList();
        }).flatMapIterable(list -> list);
    }
}
