package dev.maangtracker.app.memory;

import dev.maangtracker.core.error.InvalidInputException;
import dev.maangtracker.core.error.NotFoundException;
import dev.maangtracker.rag.MessageType;
import dev.maangtracker.rag.forget.MemoryForgetter;
import dev.maangtracker.rag.retrieve.MemoryRetriever;
import dev.maangtracker.rag.retrieve.RetrievalOptions;
import dev.maangtracker.rag.write.MemoryWriter;
import dev.maangtracker.rag.write.NewMemory;
import java.time.Clock;
import java.util.List;
import java.util.UUID;
import org.springframework.stereotype.Service;
import reactor.core.publisher.Mono;

/**
 * The caller's memories through the RAG SDK: every call is scoped to the caller, and writes and deletions go
 * through {@link MemoryWriter} and {@link MemoryForgetter}, which invalidate the caller's cached retrievals.
 */
@Service
public class MemoryService {

    /** Results of a search unless the caller asks for another number. */
    public static final int DEFAULT_K = 5;

    private final MemoryWriter writer;
    private final MemoryRetriever retriever;
    private final MemoryForgetter forgetter;
    private final Clock clock;

    /** Wires the SDK's memory beans. */
    public MemoryService(MemoryWriter writer, MemoryRetriever retriever, MemoryForgetter forgetter, Clock clock) {
        this.writer = writer;
        this.retriever = retriever;
        this.forgetter = forgetter;
        this.clock = clock;
    }

    /**
     * The caller's memories that best match the query.
     *
     * @param query required, at most {@link MemoryRetriever#MAX_QUERY_CHARS}
     * @param k     1 to {@link RetrievalOptions#MAX_K}, {@link #DEFAULT_K} when {@code null}
     */
    public Mono<List<MemoryHit>> search(UUID user, String query, Integer k) {
        return Mono.defer(() -> {
            if (query == null || query.isBlank()) {
                throw InvalidInputException.required("q");
            }
            if (query.length() > MemoryRetriever.MAX_QUERY_CHARS) {
                throw InvalidInputException.tooLong("q", query.length(), MemoryRetriever.MAX_QUERY_CHARS);
            }
            int count = k == null ? DEFAULT_K : k;
            if (count < 1 || count > RetrievalOptions.MAX_K) {
                throw InvalidInputException.outOfRange("k", count, 1, RetrievalOptions.MAX_K);
            }
            RetrievalOptions defaults = retriever.defaults();
            RetrievalOptions options = defaults.toBuilder().k(count)
                    .candidates(Math.max(count, defaults.candidates())).build();
            return retriever.retrieve(user, query, options).map(hits -> hits.stream().map(MemoryHit::of).toList());
        });
    }

    /** Remembers a note of the caller. */
    public Mono<StoredMemories> remember(UUID user, MemoryRequest request) {
        return Mono.defer(() -> writer.remember(new NewMemory(user, null, null, request.content(), request.topic(),
                        MessageType.NOTE, clock.instant())))
                .map(stored -> new StoredMemories(stored.stream().map(MemoryView::of).toList()));
    }

    /** Forgets one memory of the caller; 404 when the caller has no memory with that id. */
    public Mono<Void> forget(UUID user, UUID memoryId) {
        return forgetter.forget(user, memoryId).flatMap(deleted -> deleted ? Mono.<Void>empty()
                : Mono.error(NotFoundException.of("memory", memoryId)));
    }

    /** Forgets every memory of the caller; emits how many. */
    public Mono<Long> forgetAll(UUID user) {
        return forgetter.forgetAll(user);
    }
}
