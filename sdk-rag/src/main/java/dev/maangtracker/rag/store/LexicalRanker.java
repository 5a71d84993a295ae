package dev.maangtracker.rag.store;

import dev.maangtracker.rag.Memory;
import dev.maangtracker.rag.ScoredMemory;
import dev.maangtracker.rag.internal.Bm25;
import dev.maangtracker.rag.internal.LexicalTokens;
import java.util.Comparator;
import java.util.List;
import java.util.function.Function;

/**
 * Okapi BM25 ranking of one user's memories for a query, with the stemming and stop words the
 * in-memory store uses. Public so stores without full-text search of their own (the Spring AI
 * {@code VectorStore} adapter in the starter) rank lexically exactly like {@link InMemoryMemoryStore}.
 */
public final class LexicalRanker {

    private LexicalRanker() {
    }

    /** The stemmed, stop-word-free terms of a text, in order; empty for blank text. */
    public static List<String> terms(String text) {
        return LexicalTokens.of(text);
    }

    /**
     * Ranks memories by BM25 over their contents, computed from scratch.
     *
     * @param query    the query text
     * @param memories one user's memories, the whole corpus BM25 statistics come from
     * @param limit    most results
     * @return the memories sharing at least one term with the query, best first (ties by id)
     */
    public static List<ScoredMemory> rank(String query, List<Memory> memories, int limit) {
        return rank(query, memories, m -> terms(m.content()), m -> m, limit);
    }

    /**
     * Ranks documents whose terms are already known.
     *
     * @param query  the query text
     * @param docs   one user's documents, the whole corpus BM25 statistics come from
     * @param terms  a document's terms (see {@link #terms(String)})
     * @param memory a document's memory
     * @param limit  most results
     * @param <T>    the document type
     * @return the memories sharing at least one term with the query, best first (ties by id)
     */
    public static <T> List<ScoredMemory> rank(String query, List<T> docs, Function<T, List<String>> terms,
                                              Function<T, Memory> memory, int limit) {
        List<String> queryTerms = terms(query);
        if (queryTerms.isEmpty() || docs.isEmpty()) {
            return List.of();
        }
        Bm25 bm25 = new Bm25(docs.stream().map(terms).toList());
        return docs.stream()
                .map(d -> new ScoredMemory(memory.apply(d), bm25.score(queryTerms, terms.apply(d))))
                .filter(s -> s.score() > 0)
                .sorted(Comparator.comparingDouble(ScoredMemory::score).reversed().thenComparing(s -> s.memory().id()))
                .limit(limit)
                .toList();
    }
}
