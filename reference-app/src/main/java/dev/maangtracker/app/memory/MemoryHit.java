package dev.maangtracker.app.memory;

import dev.maangtracker.rag.RetrievedMemory;

/**
 * One search result.
 *
 * @param memory      the memory
 * @param score       the final ranking score, higher first
 * @param similarity  cosine similarity between query and memory, -1 to 1
 * @param denseRank   1-based rank among the dense candidates, 0 when not among them
 * @param lexicalRank 1-based rank among the lexical candidates, 0 when not among them
 * @param reason      why it ranks where it does
 */
public record MemoryHit(MemoryView memory, double score, double similarity, int denseRank, int lexicalRank,
                        String reason) {

    static MemoryHit of(RetrievedMemory hit) {
        return new MemoryHit(MemoryView.of(hit.memory()), hit.score(), hit.similarity(), hit.denseRank(),
                hit.lexicalRank(), hit.reason());
    }
}
