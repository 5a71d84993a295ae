package dev.maangtracker.rag;

import java.util.Objects;

/**
 * A memory returned by retrieval, with how it got there.
 *
 * @param memory      the memory
 * @param similarity  cosine similarity between the query and the memory, -1 to 1
 * @param score       the final ranking score (higher first)
 * @param denseRank   1-based rank in the dense candidates, or 0 when it was not among them
 * @param lexicalRank 1-based rank in the lexical candidates, or 0 when it was not among them
 * @param reason      why it ranks where it does, in words
 */
public record RetrievedMemory(Memory memory, double similarity, double score, int denseRank, int lexicalRank,
                              String reason) {

    /** Validates every field; see the component descriptions. */
    public RetrievedMemory {
        Objects.requireNonNull(memory, "memory");
        Objects.requireNonNull(reason, "reason");
    }
}
