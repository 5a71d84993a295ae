package dev.maangtracker.app.memory;

import dev.maangtracker.rag.Memory;
import dev.maangtracker.rag.MessageType;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A memory as the API shows it: text and metadata, never the embedding.
 *
 * @param id             the memory's id (for {@code DELETE /memory/{id}})
 * @param content        the remembered text
 * @param topic          a topic slug, or {@code null}
 * @param messageType    what kind of utterance it was
 * @param keywords       salient terms
 * @param sessionId      the interview it came from, or {@code null}
 * @param importance     0 to 1
 * @param accessCount    how often retrieval returned it
 * @param createdAt      when it was said
 * @param lastAccessedAt when retrieval last returned it, or {@code null}
 */
public record MemoryView(UUID id, String content, String topic, MessageType messageType, List<String> keywords,
                         UUID sessionId, double importance, int accessCount, Instant createdAt,
                         Instant lastAccessedAt) {

    /** The view of a stored memory. */
    public static MemoryView of(Memory memory) {
        return new MemoryView(memory.id(), memory.content(), memory.topic(), memory.messageType(), memory.keywords(),
                memory.sessionId(), memory.importance(), memory.accessCount(), memory.createdAt(),
                memory.lastAccessedAt());
    }
}
