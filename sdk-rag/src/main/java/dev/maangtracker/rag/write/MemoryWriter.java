package dev.maangtracker.rag.write;

import dev.maangtracker.core.embedding.Embedder;
import dev.maangtracker.core.embedding.Vectors;
import dev.maangtracker.core.error.InvalidInputException;
import dev.maangtracker.rag.Memory;
import dev.maangtracker.rag.ScoredMemory;
import dev.maangtracker.rag.cache.RetrievalCache;
import dev.maangtracker.rag.internal.LexicalTokens;
import dev.maangtracker.rag.store.MemoryStore;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Scheduler;
import reactor.core.scheduler.Schedulers;

/**
 * Turns conversation into memories: chunks text to what the model reads, embeds all chunks of a call
 * in one batch, tags each memory (user, session, turn, topic, type, keywords, time), and merges a
 * near-duplicate of the same user (cosine ≥ {@link #MERGE_SIMILARITY} and shared words ≥
 * {@link #MERGE_WORD_OVERLAP}) into the existing memory, raising its importance, instead of storing
 * it twice. No language model is called. Every write invalidates the user's cached retrievals.
 * Thread-safe.
 */
public final class MemoryWriter {

    private static final Logger LOG = Logger.getLogger(MemoryWriter.class.getName());

    /** Cosine similarity from which a new chunk may be a near-duplicate. */
    public static final double MERGE_SIMILARITY = 0.95;
    /** Share of shared words (Jaccard over terms) a near-duplicate must also have. */
    public static final double MERGE_WORD_OVERLAP = 0.5;
    /** Importance of a new memory, and how much each repetition adds. */
    public static final double INITIAL_IMPORTANCE = 0.5;
    static final double REPEAT_IMPORTANCE = 0.1;
    /** Most inputs one batch call accepts. */
    public static final int MAX_BATCH = 1_000;

    private final MemoryStore store;
    private final Embedder embedder;
    private final RetrievalCache cache;
    private final Scheduler embedding;

    /**
     * @param store    where memories go
     * @param embedder embeds chunks (blocking work; run on {@code Schedulers.boundedElastic()})
     * @param cache    invalidated for the user after every write
     */
    public MemoryWriter(MemoryStore store, Embedder embedder, RetrievalCache cache) {
        this(store, embedder, cache, Schedulers.boundedElastic());
    }

    /** As above, embedding on the given scheduler. */
    public MemoryWriter(MemoryStore store, Embedder embedder, RetrievalCache cache, Scheduler embedding) {
        this.store = Objects.requireNonNull(store, "store");
        this.embedder = Objects.requireNonNull(embedder, "embedder");
        this.cache = Objects.requireNonNull(cache, "cache");
        this.embedding = Objects.requireNonNull(embedding, "embedding scheduler");
    }

    /** Remembers one input; emits the memories it became (new or merged), in chunk order. */
    public Mono<List<Memory>> remember(NewMemory input) {
        return rememberAll(List.of(Objects.requireNonNull(input, "input")));
    }

    /**
     * Remembers many inputs with one embedding batch; emits the memories in input and chunk order.
     * Inputs may belong to different users; each user's cache is invalidated.
     */
    public Mono<List<Memory>> rememberAll(List<NewMemory> inputs) {
        return Mono.fromCallable(() -> {
                    if (inputs.size() > MAX_BATCH) {
                        throw InvalidInputException.tooLong("inputs", inputs.size(), MAX_BATCH);
                    }
                    List<Pending> pending = new ArrayList<>();
                    for (NewMemory input : inputs) {
                        for (String chunk : Chunker.chunks(input.content())) {
                            pending.add(new Pending(input, chunk));
                        }
                    }
                    List<float[]> vectors = embedder.embedAll(pending.stream().map(Pending::text).toList());
                    for (int i = 0; i < pending.size(); i++) {
                        pending.get(i).vector = Vectors.normalize(vectors.get(i));
                    }
                    return pending;
                })
                .subscribeOn(embedding)
                // One at a time, so a chunk repeated inside the batch merges into the first one.
                .flatMapMany(Flux::fromIterable)
                .concatMap(this::store)
                .collectList()
                .flatMap(stored -> Flux.fromIterable(stored.stream().map(Memory::userId).distinct().toList())
                        .concatMap(this::invalidate).then(Mono.just(stored)));
    }

    /**
     * Invalidates the user's cached retrievals. The memories are stored by then, so a failing cache (Redis
     * down) must not fail the write: it is logged, and at worst a retrieval cached before the outage misses
     * the new memory until its time to live ends.
     */
    private Mono<Void> invalidate(UUID userId) {
        return Mono.defer(() -> cache.invalidate(userId)).onErrorResume(error -> {
            LOG.log(Level.WARNING, "retrieval cache invalidation failed; the memories are stored: " + error);
            return Mono.empty();
        });
    }

    private Mono<Memory> store(Pending pending) {
        NewMemory input = pending.input;
        return store.denseSearch(input.userId(), pending.vector, 3)
                .filter(candidate -> candidate.score() >= MERGE_SIMILARITY
                        && wordOverlap(candidate.memory().content(), pending.text) >= MERGE_WORD_OVERLAP)
                .next()
                .flatMap(duplicate -> merge(duplicate))
                .switchIfEmpty(Mono.defer(() -> store.save(new Memory(UUID.randomUUID(), input.userId(),
                        input.sessionId(), input.turnId(), pending.text, pending.vector, input.topic(),
                        input.messageType(), Keywords.of(pending.text), 0, INITIAL_IMPORTANCE, input.createdAt(), null))));
    }

    private Mono<Memory> merge(ScoredMemory duplicate) {
        Memory existing = duplicate.memory();
        return store.replace(existing.withImportance(Math.min(1, existing.importance() + REPEAT_IMPORTANCE)));
    }

    static double wordOverlap(String a, String b) {
        Set<String> left = new HashSet<>(LexicalTokens.of(a));
        Set<String> right = new HashSet<>(LexicalTokens.of(b));
        if (left.isEmpty() && right.isEmpty()) {
            return 1;
        }
        Set<String> union = new HashSet<>(left);
        union.addAll(right);
        left.retainAll(right);
        return (double) left.size() / union.size();
    }

    /** A chunk waiting to be stored, with its vector once embedded. */
    private static final class Pending {
        final NewMemory input;
        final String text;
        float[] vector;

        Pending(NewMemory input, String text) {
            this.input = input;
            this.text = text;
        }

        String text() {
            return text;
        }
    }
}
