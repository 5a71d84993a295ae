package dev.maangtracker.rag.write;

import dev.maangtracker.core.error.InvalidInputException;
import dev.maangtracker.rag.MessageType;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * Something to remember: an interview turn, a note or résumé text.
 *
 * @param userId      the owner; required
 * @param sessionId   the interview session, or {@code null}
 * @param turnId      the turn, or {@code null}
 * @param content     the text; required, at most {@link #MAX_INPUT_CHARS} (longer than a chunk is split)
 * @param topic       a topic slug, or {@code null}
 * @param messageType what kind of utterance; required
 * @param createdAt   when it was said; required
 */
public record NewMemory(UUID userId, UUID sessionId, UUID turnId, String content, String topic, MessageType messageType,
                        Instant createdAt) {

    /** Longest text accepted in one call, in characters (a long résumé fits). */
    public static final int MAX_INPUT_CHARS = 100_000;

    /** Validates every field; see the component descriptions. */
    public NewMemory {
        Objects.requireNonNull(userId, "userId");
        Objects.requireNonNull(messageType, "messageType");
        Objects.requireNonNull(createdAt, "createdAt");
        if (content == null || content.isBlank()) {
            throw InvalidInputException.required("content");
        }
        if (content.length() > MAX_INPUT_CHARS) {
            throw InvalidInputException.tooLong("content", content.length(), MAX_INPUT_CHARS);
        }
    }
}
