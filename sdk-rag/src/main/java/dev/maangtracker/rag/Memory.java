package dev.maangtracker.rag;

import dev.maangtracker.core.error.InvalidInputException;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * One remembered piece of a user's conversation: its text, its embedding and what it is about.
 *
 * @param id             unique id
 * @param userId         the owner; every read is scoped to one owner
 * @param sessionId      the interview session it came from, or {@code null}
 * @param turnId         the turn it came from, or {@code null}
 * @param content        the text, at most {@link #MAX_CONTENT_CHARS}
 * @param embedding      the L2-normalised embedding of {@code content}
 * @param topic          a topic slug, or {@code null}
 * @param messageType    what kind of utterance it is
 * @param keywords       a few salient terms, for display and lexical matching
 * @param accessCount    how often retrieval returned it
 * @param importance     0 to 1; raised when the same thing is said again, used by decay
 * @param createdAt      when it was said
 * @param lastAccessedAt when retrieval last returned it, or {@code null}
 */
public record Memory(UUID id, UUID userId, UUID sessionId, UUID turnId, String content, float[] embedding, String topic,
                     MessageType messageType, List<String> keywords, int accessCount, double importance,
                     Instant createdAt, Instant lastAccessedAt) {

    /** Longest memory text, in characters; longer input is chunked by the writer. */
    public static final int MAX_CONTENT_CHARS = 4_000;

    /** Validates every field; see the component descriptions. */
    public Memory {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(userId, "userId");
        Objects.requireNonNull(messageType, "messageType");
        Objects.requireNonNull(createdAt, "createdAt");
        Objects.requireNonNull(embedding, "embedding");
        if (content == null || content.isBlank()) {
            throw InvalidInputException.required("content");
        }
        if (content.length() > MAX_CONTENT_CHARS) {
            throw InvalidInputException.tooLong("content", content.length(), MAX_CONTENT_CHARS);
        }
        if (accessCount < 0) {
            throw InvalidInputException.of("accessCount", "must not be negative");
        }
        if (!(importance >= 0 && importance <= 1)) {
            throw InvalidInputException.outOfRange("importance", importance, 0, 1);
        }
        embedding = embedding.clone();
        keywords = List.copyOf(keywords);
    }

    /** A copy of the embedding (the record keeps its own). */
    @Override
    public float[] embedding() {
        return embedding.clone();
    }

    /** The same memory after retrieval returned it once more. */
    public Memory accessed(Instant at) {
        return new Memory(id, userId, sessionId, turnId, content, embedding, topic, messageType, keywords,
                accessCount + 1, importance, createdAt, at);
    }

    /** The same memory with another importance. */
    public Memory withImportance(double value) {
        return new Memory(id, userId, sessionId, turnId, content, embedding, topic, messageType, keywords,
                accessCount, value, createdAt, lastAccessedAt);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Memory m && id.equals(m.id) && userId.equals(m.userId)
                && Objects.equals(sessionId, m.sessionId) && Objects.equals(turnId, m.turnId)
                && content.equals(m.content) && Arrays.equals(embedding, m.embedding) && Objects.equals(topic, m.topic)
                && messageType == m.messageType && keywords.equals(m.keywords) && accessCount == m.accessCount
                && Double.compare(importance, m.importance) == 0 && createdAt.equals(m.createdAt)
                && Objects.equals(lastAccessedAt, m.lastAccessedAt);
    }

    @Override
    public int hashCode() {
        return Objects.hash(id, userId, content, accessCount);
    }

    @Override
    public String toString() {
        return "Memory[" + id + ", user " + userId + ", " + messageType + ", \"" + (content.length() > 60
                ? content.substring(0, 57) + "..." : content) + "\"]";
    }
}
