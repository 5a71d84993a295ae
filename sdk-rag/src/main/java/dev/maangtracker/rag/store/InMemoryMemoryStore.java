package dev.maangtracker.rag.store;

import dev.maangtracker.core.embedding.Vectors;
import dev.maangtracker.core.error.ConflictException;
import dev.maangtracker.core.error.InvalidInputException;
import dev.maangtracker.core.error.NotFoundException;
import dev.maangtracker.rag.Memory;
import dev.maangtracker.rag.ScoredMemory;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Predicate;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * {@link MemoryStore} in this process's memory: exact cosine search and BM25 lexical search over
 * one user's memories at a time. Thread-safe. The embedded default; fine for tens of thousands of
 * memories per user, gone when the process stops.
 */
public final class InMemoryMemoryStore implements MemoryStore {

    /** The memory with its terms and vector computed once: {@link Memory#embedding()} copies on every call. */
    private record Entry(Memory memory, List<String> terms, float[] vector) {
    }

    private final int dimensions;
    private final Map<UUID, Map<UUID, Entry>> byUser = new ConcurrentHashMap<>();

    /** @param dimensions the embedding length every stored memory must have */
    public InMemoryMemoryStore(int dimensions) {
        if (dimensions < 1) {
            throw InvalidInputException.outOfRange("dimensions", dimensions, 1, Integer.MAX_VALUE);
        }
        this.dimensions = dimensions;
    }

    @Override
    public Mono<Memory> save(Memory memory) {
        return Mono.fromCallable(() -> {
            checkDimensions(memory);
            Map<UUID, Entry> memories = byUser.computeIfAbsent(memory.userId(), id -> new ConcurrentHashMap<>());
            if (memories.putIfAbsent(memory.id(), entry(memory)) != null) {
                throw ConflictException.duplicate("memory", "id");
            }
            return memory;
        });
    }

    @Override
    public Mono<Memory> replace(Memory memory) {
        return Mono.fromCallable(() -> {
            checkDimensions(memory);
            Map<UUID, Entry> memories = memories(memory.userId());
            if (memories.isEmpty() || memories.computeIfPresent(memory.id(), (id, old) -> entry(memory)) == null) {
                throw NotFoundException.of("memory", memory.id());
            }
            return memory;
        });
    }

    @Override
    public Mono<Memory> find(UUID userId, UUID memoryId) {
        return Mono.fromSupplier(() -> {
            Entry entry = memories(userId).get(Objects.requireNonNull(memoryId, "memoryId"));
            return entry == null ? null : entry.memory();
        });
    }

    @Override
    public Flux<ScoredMemory> denseSearch(UUID userId, float[] query, int limit) {
        return Mono.fromCallable(() -> {
            checkLimit(limit);
            if (query.length != dimensions) {
                throw InvalidInputException.of("query", "has " + query.length + " dimensions, the store " + dimensions);
            }
            return memories(userId).values().stream()
                    .map(e -> new ScoredMemory(e.memory(), Vectors.cosine(query, e.vector())))
                    .sorted(Comparator.comparingDouble(ScoredMemory::score).reversed()
                            .thenComparing(s -> s.memory().id()))
                    .limit(limit)
                    .toList();
        }).flatMapIterable(list -> list);
    }

    @Override
    public Flux<ScoredMemory> lexicalSearch(UUID userId, String query, int limit) {
        return Mono.fromCallable(() -> {
            checkLimit(limit);
            return LexicalRanker.rank(query, new ArrayList<>(memories(userId).values()), Entry::terms, Entry::memory, limit);
        }).flatMapIterable(list -> list);
    }

    @Override
    public Mono<Void> recordAccess(UUID userId, Collection<UUID> memoryIds, Instant at) {
        return Mono.fromRunnable(() -> {
            Map<UUID, Entry> memories = memories(userId);
            if (memories.isEmpty()) {
                return;
            }
            for (UUID id : memoryIds) {
                memories.computeIfPresent(id, (key, old) -> new Entry(old.memory().accessed(at), old.terms(), old.vector()));
            }
        });
    }

    @Override
    public Mono<Long> count(UUID userId) {
        return Mono.fromSupplier(() -> (long) memories(userId).size());
    }

    @Override
    public Mono<Boolean> delete(UUID userId, UUID memoryId) {
        return Mono.fromSupplier(() -> {
            Map<UUID, Entry> memories = memories(userId);
            return !memories.isEmpty() && memories.remove(Objects.requireNonNull(memoryId, "memoryId")) != null;
        });
    }

    @Override
    public Mono<Long> deleteSession(UUID userId, UUID sessionId) {
        return Mono.fromSupplier(() -> removeIf(userId, m -> sessionId.equals(m.sessionId())));
    }

    @Override
    public Mono<Long> deleteAll(UUID userId) {
        return Mono.fromSupplier(() -> {
            Map<UUID, Entry> removed = byUser.remove(Objects.requireNonNull(userId, "userId"));
            return removed == null ? 0L : (long) removed.size();
        });
    }

    @Override
    public Mono<Long> deleteOlderThan(UUID userId, Instant cutoff, double maxImportance) {
        return Mono.fromSupplier(() -> removeIf(userId,
                m -> m.createdAt().isBefore(cutoff) && m.importance() < maxImportance));
    }

    private long removeIf(UUID userId, Predicate<Memory> doomed) {
        Map<UUID, Entry> memories = memories(userId);
        if (memories.isEmpty()) {
            return 0;
        }
        long before = memories.size();
        memories.values().removeIf(entry -> doomed.test(entry.memory()));
        return before - memories.size();
    }

    /** The user's map, or an immutable empty one (never written to: callers check isEmpty first). */
    @Override
    public Flux<Memory> findAll(UUID userId) {
        return Flux.defer(() -> Flux.fromStream(memories(userId).values().stream().map(Entry::memory)
                .sorted(Comparator.comparing(Memory::createdAt).thenComparing(Memory::id))));
    }

    private Map<UUID, Entry> memories(UUID userId) {
        return byUser.getOrDefault(Objects.requireNonNull(userId, "userId"), Map.of());
    }

    private static Entry entry(Memory memory) {
        return new Entry(memory, LexicalRanker.terms(memory.content()), memory.embedding());
    }

    private void checkDimensions(Memory memory) {
        Objects.requireNonNull(memory, "memory");
        if (memory.embedding().length != dimensions) {
            throw InvalidInputException.of("embedding", "has " + memory.embedding().length
                    + " dimensions, the store " + dimensions);
        }
    }

    static void checkLimit(int limit) {
        if (limit < 1 || limit > MAX_SEARCH_LIMIT) {
            throw InvalidInputException.outOfRange("limit", limit, 1, MAX_SEARCH_LIMIT);
        }
    }
}
