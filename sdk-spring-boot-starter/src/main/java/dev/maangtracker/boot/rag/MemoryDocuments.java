package dev.maangtracker.boot.rag;

import dev.maangtracker.rag.Memory;
import dev.maangtracker.rag.MessageType;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.ai.document.Document;

/**
 * Maps a {@link Memory} to a Spring AI {@link Document} and back: the content is the document's
 * text, the id its id, and every other field (the exact vector included) a metadata entry, so a
 * memory reads back unchanged from any vector store that keeps JSON metadata.
 */
final class MemoryDocuments {

    static final String USER_ID = "user_id";
    static final String MEMORY_ID = "memory_id";
    static final String SESSION_ID = "session_id";
    private static final String TURN_ID = "turn_id";
    private static final String TOPIC = "topic";
    private static final String MESSAGE_TYPE = "message_type";
    private static final String KEYWORDS = "keywords";
    private static final String ACCESS_COUNT = "access_count";
    private static final String IMPORTANCE = "importance";
    private static final String CREATED_AT = "created_at";
    private static final String LAST_ACCESSED_AT = "last_accessed_at";

    private MemoryDocuments() {
    }

    static Document toDocument(Memory memory) {
        Map<String, Object> metadata = new HashMap<>();
        metadata.put(USER_ID, memory.userId().toString());
        metadata.put(MEMORY_ID, memory.id().toString());
        putIfPresent(metadata, SESSION_ID, memory.sessionId());
        putIfPresent(metadata, TURN_ID, memory.turnId());
        putIfPresent(metadata, TOPIC, memory.topic());
        metadata.put(MESSAGE_TYPE, memory.messageType().name());
        metadata.put(KEYWORDS, memory.keywords());
        metadata.put(ACCESS_COUNT, memory.accessCount());
        metadata.put(IMPORTANCE, memory.importance());
        metadata.put(CREATED_AT, memory.createdAt().toString());
        putIfPresent(metadata, LAST_ACCESSED_AT, memory.lastAccessedAt());
        metadata.put(PrecomputedEmbeddingModel.EMBEDDING_KEY, VectorCodec.encode(memory.embedding()));
        return Document.builder().id(memory.id().toString()).text(memory.content()).metadata(metadata).build();
    }

    static Memory toMemory(Document document) {
        Map<String, Object> m = document.getMetadata();
        List<String> keywords = m.get(KEYWORDS) instanceof List<?> list
                ? list.stream().map(String::valueOf).toList() : List.of();
        return new Memory(UUID.fromString((String) m.get(MEMORY_ID)), UUID.fromString((String) m.get(USER_ID)),
                uuid(m.get(SESSION_ID)), uuid(m.get(TURN_ID)), document.getText(),
                VectorCodec.decode((String) m.get(PrecomputedEmbeddingModel.EMBEDDING_KEY)), (String) m.get(TOPIC),
                MessageType.valueOf((String) m.get(MESSAGE_TYPE)), keywords, ((Number) m.get(ACCESS_COUNT)).intValue(),
                ((Number) m.get(IMPORTANCE)).doubleValue(), Instant.parse((String) m.get(CREATED_AT)),
                m.get(LAST_ACCESSED_AT) == null ? null : Instant.parse((String) m.get(LAST_ACCESSED_AT)));
    }

    private static void putIfPresent(Map<String, Object> metadata, String key, Object value) {
        if (value != null) {
            metadata.put(key, value.toString());
        }
    }

    private static UUID uuid(Object value) {
        return value == null ? null : UUID.fromString((String) value);
    }
}
