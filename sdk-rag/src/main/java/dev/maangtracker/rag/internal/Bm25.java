package dev.maangtracker.rag.internal;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Okapi BM25 scoring over one user's documents (k1 = 1.2, b = 0.75), the usual lexical baseline.
 * Not thread-safe: build one per search from a consistent snapshot.
 */
public final class Bm25 {

    private static final double K1 = 1.2;
    private static final double B = 0.75;

    private final Map<String, Integer> documentFrequency = new HashMap<>();
    private final double averageLength;
    private final int documents;

    /** Indexes the documents' term lists. */
    public Bm25(List<List<String>> documents) {
        long totalLength = 0;
        for (List<String> terms : documents) {
            totalLength += terms.size();
            terms.stream().distinct().forEach(term -> documentFrequency.merge(term, 1, Integer::sum));
        }
        this.documents = documents.size();
        this.averageLength = documents.isEmpty() ? 0 : (double) totalLength / documents.size();
    }

    /** The BM25 score of one document for the query terms; 0 when they share no term. */
    public double score(List<String> query, List<String> document) {
        if (document.isEmpty() || averageLength == 0) {
            return 0;
        }
        Map<String, Integer> frequency = new HashMap<>();
        document.forEach(term -> frequency.merge(term, 1, Integer::sum));
        double score = 0;
        for (String term : query.stream().distinct().toList()) {
            Integer tf = frequency.get(term);
            if (tf == null) {
                continue;
            }
            int df = documentFrequency.getOrDefault(term, 0);
            double idf = Math.log(1 + (documents - df + 0.5) / (df + 0.5));
            score += idf * tf * (K1 + 1) / (tf + K1 * (1 - B + B * document.size() / averageLength));
        }
        return score;
    }
}
