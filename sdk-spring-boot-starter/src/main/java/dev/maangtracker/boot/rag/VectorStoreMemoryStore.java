package dev.maangtracker.boot.rag;

import dev.maangtracker.core.embedding.Vectors;
import dev.maangtracker.core.error.ConflictException;
import dev.maangtracker.core.error.InvalidInputException;
import dev.maangtracker.core.error.NotFoundException;
import dev.maangtracker.rag.Memory;
import dev.maangtracker.rag.ScoredMemory;
import dev.maangtracker.rag.store.LexicalRanker;
import dev.maangtracker.rag.store.MemoryStore;
import java.time.Instant;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.concurrent.Callable;
import org.springframework.ai.document.Document;
import org.springframework.ai.vectorstore.SearchRequest;
import org.springframework.ai.vectorstore.VectorStore;
import org.springframework.ai.vectorstore.filter.Filter;
import org.springframework.ai.vectorstore.filter.FilterExpressionBuilder;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

/**
 * {@link MemoryStore} over any Spring AI {@link VectorStore}, so users can bring their own vector
 * database. Build the vector store with a {@link PrecomputedEmbeddingModel}: memories arrive
 * embedded, and the adapter passes their vectors (and query vectors) through it.
 *
 * <p>Each memory is one document (id = memory id, text = content, every other field in metadata;
 * see {@link MemoryDocuments}). Every read and delete carries the filter expression
 * {@code user_id == '<owner>'}. What the {@code VectorStore} API lacks is built from what it has:
 * <ul>
 * <li>Listing (find by id, count, the deletes, lexical candidates) is a filtered similarity search
 *     with four fixed probe vectors ±p, ±q: stores keep only results with similarity above 0, and a
 *     memory has positive cosine with +p or −p unless it is exactly orthogonal to p (and to q).
 *     At most {@code maxCandidates} of a user's memories are seen per probe.</li>
 * <li>Dense search is the store's filtered similarity search; scores are recomputed as the exact
 *     cosine from the stored vector, so they mean the same in every store. Memories with cosine
 *     ≤ 0 to the query are not returned (below any retrieval threshold anyway).</li>
 * <li>Lexical search has no counterpart: the user's candidates are listed and ranked with the same
 *     BM25 as the in-memory store ({@link LexicalRanker}).</li>
 * <li>Replace (and counting an access) is delete + add; deletes are by id or by filter.</li>
 * </ul>
 * Writes are check-then-act without a transaction (the API has none): concurrent writers of the
 * same memory id can race. Calls block, so they run on Reactor's bounded-elastic scheduler.
 */
public final class VectorStoreMemoryStore implements MemoryStore {

    /** Default cap on the memories of one user one listing probe sees. */
    public static final int DEFAULT_MAX_CANDIDATES = 10_000;

    private final VectorStore vectorStore;
    private final int dimensions;
    private final int maxCandidates;
    private final List<String> probes;

    /**
     * @param vectorStore a store built with a {@link PrecomputedEmbeddingModel} of {@code dimensions}
     * @param dimensions  the embedding length every memory must have
     */
    public VectorStoreMemoryStore(VectorStore vectorStore, int dimensions) {
        this(vectorStore, dimensions, DEFAULT_MAX_CANDIDATES);
    }

    /**
     * @param vectorStore   a store built with a {@link PrecomputedEmbeddingModel} of {@code dimensions}
     * @param dimensions    the embedding length every memory must have
     * @param maxCandidates most of one user's memories a listing probe returns
     */
    public VectorStoreMemoryStore(VectorStore vectorStore, int dimensions, int maxCandidates) {
        this.vectorStore = Objects.requireNonNull(vectorStore, "vectorStore");
        if (dimensions < 1) {
            throw InvalidInputException.outOfRange("dimensions", dimensions, 1, Integer.MAX_VALUE);
        }
        if (maxCandidates < MAX_SEARCH_LIMIT) {
            throw InvalidInputException.outOfRange("maxCandidates", maxCandidates, MAX_SEARCH_LIMIT, Integer.MAX_VALUE);
        }
        this.dimensions = dimensions;
        this.maxCandidates = maxCandidates;
        this.probes = ProbeVectors.of(dimensions).stream().map(PrecomputedEmbeddingModel::queryText).toList();
    }

    @Override
    public Mono<Memory> save(Memory memory) {
        return blocking(() -> {
            checkDimensions(memory);
            if (!list(eq(MemoryDocuments.MEMORY_ID, memory.id()), true).isEmpty()) {
                throw ConflictException.duplicate("memory", "id");
            }
            vectorStore.add(List.of(MemoryDocuments.toDocument(memory)));
            return memory;
        });
    }

    @Override
    public Mono<Memory> replace(Memory memory) {
        return blocking(() -> {
            checkDimensions(memory);
            if (findNow(memory.userId(), memory.id()) == null) {
                throw NotFoundException.of("memory", memory.id());
            }
            overwrite(memory);
            return memory;
        });
    }

    @Override
    public Mono<Memory> find(UUID userId, UUID memoryId) {
        return blocking(() -> findNow(userId, memoryId));
    }

    @Override
    public Flux<ScoredMemory> denseSearch(UUID userId, float[] query, int limit) {
        return blocking(() -> {
            checkLimit(limit);
            if (query.length != dimensions) {
                throw InvalidInputException.of("query", "has " + query.length + " dimensions, the store " + dimensions);
            }
            return search(PrecomputedEmbeddingModel.queryText(query), limit, owner(userId)).stream()
                    .map(MemoryDocuments::toMemory)
                    .map(m -> new ScoredMemory(m, Vectors.cosine(query, m.embedding())))
                    .sorted(Comparator.comparingDouble(ScoredMemory::score).reversed()
                            .thenComparing(s -> s.memory().id()))
                    .toList();
        }).flatMapIterable(list -> list);
    }

    @Override
    public Flux<ScoredMemory> lexicalSearch(UUID userId, String query, int limit) {
        return blocking(() -> {
            checkLimit(limit);
            if (LexicalRanker.terms(query).isEmpty()) {
                return List.<ScoredMemory>of();
            }
            return LexicalRanker.rank(query, memories(userId), limit);
        }).flatMapIterable(list -> list);
    }

    @Override
    public Mono<Void> recordAccess(UUID userId, Collection<UUID> memoryIds, Instant at) {
        return blocking(() -> {
            for (UUID id : memoryIds.stream().distinct().toList()) {
                Memory memory = findNow(userId, id);
                if (memory != null) {
                    overwrite(memory.accessed(at));
                }
            }
            return true;
        }).then();
    }

    @Override
    public Mono<Long> count(UUID userId) {
        return blocking(() -> (long) list(owner(userId), false).size());
    }

    @Override
    public Mono<Boolean> delete(UUID userId, UUID memoryId) {
        return blocking(() -> {
            if (findNow(userId, memoryId) == null) {
                return false;
            }
            vectorStore.delete(List.of(memoryId.toString()));
            return true;
        });
    }

    @Override
    public Mono<Long> deleteSession(UUID userId, UUID sessionId) {
        Objects.requireNonNull(sessionId, "sessionId");
        return blocking(() -> deleteListed(list(ownerAnd(userId, MemoryDocuments.SESSION_ID, sessionId), false)));
    }

    @Override
    public Flux<Memory> findAll(UUID userId) {
        return blocking(() -> list(owner(userId), false).stream().map(MemoryDocuments::toMemory)
                .sorted(Comparator.comparing(Memory::createdAt).thenComparing(Memory::id)).toList())
                .flatMapMany(Flux::fromIterable);
    }

    @Override
    public Mono<Long> deleteAll(UUID userId) {
        return blocking(() -> {
            long count = list(owner(userId), false).size();
            if (count > 0) {
                vectorStore.delete(owner(userId));
            }
            return count;
        });
    }

    @Override
    public Mono<Long> deleteOlderThan(UUID userId, Instant cutoff, double maxImportance) {
        return blocking(() -> deleteListed(list(owner(userId), false).stream()
                .filter(d -> {
                    Memory m = MemoryDocuments.toMemory(d);
                    return m.createdAt().isBefore(cutoff) && m.importance() < maxImportance;
                }).toList()));
    }

    private long deleteListed(List<Document> documents) {
        if (!documents.isEmpty()) {
            vectorStore.delete(documents.stream().map(Document::getId).toList());
        }
        return documents.size();
    }

    private void overwrite(Memory memory) {
        vectorStore.delete(List.of(memory.id().toString()));
        vectorStore.add(List.of(MemoryDocuments.toDocument(memory)));
    }

    private Memory findNow(UUID userId, UUID memoryId) {
        List<Document> found = list(ownerAnd(userId, MemoryDocuments.MEMORY_ID, Objects.requireNonNull(memoryId, "memoryId")), true);
        return found.isEmpty() ? null : MemoryDocuments.toMemory(found.get(0));
    }

    private List<Memory> memories(UUID userId) {
        return list(owner(userId), false).stream().map(MemoryDocuments::toMemory).toList();
    }

    /** Every document matching the filter, through the probes (see the class comment). */
    private List<Document> list(Filter.Expression filter, boolean firstOnly) {
        Map<String, Document> byId = new LinkedHashMap<>();
        for (String probe : probes) {
            search(probe, firstOnly ? 1 : maxCandidates, filter).forEach(d -> byId.putIfAbsent(d.getId(), d));
            if (firstOnly && !byId.isEmpty()) {
                break;
            }
        }
        return List.copyOf(byId.values());
    }

    private List<Document> search(String queryText, int topK, Filter.Expression filter) {
        return vectorStore.similaritySearch(SearchRequest.builder().query(queryText).topK(topK)
                .similarityThresholdAll().filterExpression(filter).build());
    }

    private static Filter.Expression owner(UUID userId) {
        return eq(MemoryDocuments.USER_ID, Objects.requireNonNull(userId, "userId"));
    }

    private static Filter.Expression ownerAnd(UUID userId, String key, UUID value) {
        FilterExpressionBuilder b = new FilterExpressionBuilder();
        return b.and(b.eq(MemoryDocuments.USER_ID, Objects.requireNonNull(userId, "userId").toString()),
                b.eq(key, value.toString())).build();
    }

    private static Filter.Expression eq(String key, UUID value) {
        return new FilterExpressionBuilder().eq(key, value.toString()).build();
    }

    private void checkDimensions(Memory memory) {
        Objects.requireNonNull(memory, "memory");
        if (memory.embedding().length != dimensions) {
            throw InvalidInputException.of("embedding", "has " + memory.embedding().length
                    + " dimensions, the store " + dimensions);
        }
    }

    private static void checkLimit(int limit) {
        if (limit < 1 || limit > MAX_SEARCH_LIMIT) {
            throw InvalidInputException.outOfRange("limit", limit, 1, MAX_SEARCH_LIMIT);
        }
    }

    private static <T> Mono<T> blocking(Callable<T> call) {
        return Mono.fromCallable(call).subscribeOn(Schedulers.boundedElastic());
    }
}
