package dev.maangtracker.core.candidate;

import dev.maangtracker.core.error.InvalidInputException;
import java.time.Instant;
import java.util.Objects;

/**
 * A piece of a candidate's past conversation, retrieved because it is relevant now.
 *
 * @param id        the memory's id, for citations
 * @param content   what was said
 * @param createdAt when it was said
 * @param relevance how relevant it is to the current query, 0 to 1
 */
public record MemorySnippet(String id, String content, Instant createdAt, double relevance) {

    /** Validates every field; see the component descriptions. */
    public MemorySnippet {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(createdAt, "createdAt");
        if (content == null || content.isBlank()) {
            throw InvalidInputException.required("content");
        }
        if (!(relevance >= 0 && relevance <= 1)) {
            throw InvalidInputException.outOfRange("relevance", relevance, 0, 1);
        }
    }
}
