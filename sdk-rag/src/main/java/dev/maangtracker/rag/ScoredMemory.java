package dev.maangtracker.rag;

import java.util.Objects;

/**
 * A memory with the score one search stage gave it.
 *
 * @param memory the memory
 * @param score  the stage's score: cosine similarity for dense search, a text-rank score for
 *               lexical search; higher is better
 */
public record ScoredMemory(Memory memory, double score) {

    /** Validates every field; see the component descriptions. */
    public ScoredMemory {
        Objects.requireNonNull(memory, "memory");
    }
}
