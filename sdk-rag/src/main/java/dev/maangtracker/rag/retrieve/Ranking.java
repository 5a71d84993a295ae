package dev.maangtracker.rag.retrieve;

import dev.maangtracker.core.embedding.Vectors;
import dev.maangtracker.rag.Memory;
import dev.maangtracker.rag.RetrievedMemory;
import dev.maangtracker.rag.ScoredMemory;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

/**
 * The ranking stages of retrieval as pure functions: reciprocal-rank fusion, the similarity
 * threshold, recency and access weighting, and maximal marginal relevance. Stateless.
 */
final class Ranking {

    /** Reciprocal-rank fusion constant, as in Cormack et al. (2009). */
    static final int RRF_K = 60;
    /** Days after a named period in which a memory still counts as telling of it. */
    static final int PERIOD_GRACE_DAYS = 7;

    private Ranking() {
    }

    /** A fused candidate: the memory, its vector, its ranks and similarity, and its running score. */
    static final class Candidate {
        final Memory memory;
        final float[] vector;
        final double similarity;
        int denseRank;
        int lexicalRank;
        boolean inNamedPeriod;
        boolean tellsTime;
        double score;

        Candidate(Memory memory, float[] query) {
            this.memory = memory;
            this.vector = memory.embedding();
            this.similarity = Vectors.cosine(query, vector);
        }
    }

    /** Fuses the two ranked lists as the options say, with the given dense share for relative-score fusion. */
    static List<Candidate> fuse(List<ScoredMemory> dense, List<ScoredMemory> lexical, float[] query,
                                RetrievalOptions options, double denseWeight) {
        return options.fusion() == Fusion.RECIPROCAL_RANK ? reciprocalRank(dense, lexical, query)
                : relativeScore(dense, lexical, query, denseWeight);
    }

    /**
     * Relative-score fusion: cosine similarities min-max scaled over the candidates, BM25 scores
     * divided by the best one, mixed {@code w·dense + (1−w)·lexical}.
     */
    static List<Candidate> relativeScore(List<ScoredMemory> dense, List<ScoredMemory> lexical, float[] query,
                                         double denseWeight) {
        List<Candidate> candidates = reciprocalRank(dense, lexical, query);
        double min = Double.POSITIVE_INFINITY;
        double max = Double.NEGATIVE_INFINITY;
        for (Candidate c : candidates) {
            min = Math.min(min, c.similarity);
            max = Math.max(max, c.similarity);
        }
        double bestLexical = lexical.isEmpty() ? 0 : lexical.get(0).score();
        Map<UUID, Double> lexicalScores = new LinkedHashMap<>();
        lexical.forEach(s -> lexicalScores.put(s.memory().id(), s.score()));
        for (Candidate c : candidates) {
            double denseScore = max > min ? (c.similarity - min) / (max - min) : 1;
            double lexicalScore = bestLexical > 0 ? lexicalScores.getOrDefault(c.memory.id(), 0.0) / bestLexical : 0;
            c.score = denseWeight * denseScore + (1 - denseWeight) * lexicalScore;
        }
        return candidates;
    }

    /** Fuses the two ranked lists by reciprocal rank; a memory in both gets both contributions. */
    static List<Candidate> reciprocalRank(List<ScoredMemory> dense, List<ScoredMemory> lexical, float[] query) {
        Map<UUID, Candidate> fused = new LinkedHashMap<>();
        for (int i = 0; i < dense.size(); i++) {
            Memory memory = dense.get(i).memory();
            Candidate c = fused.computeIfAbsent(memory.id(), id -> new Candidate(memory, query));
            c.denseRank = i + 1;
            c.score += 1.0 / (RRF_K + i + 1);
        }
        for (int i = 0; i < lexical.size(); i++) {
            Memory memory = lexical.get(i).memory();
            Candidate c = fused.computeIfAbsent(memory.id(), id -> new Candidate(memory, query));
            c.lexicalRank = i + 1;
            c.score += 1.0 / (RRF_K + i + 1);
        }
        return new ArrayList<>(fused.values());
    }

    /**
     * Keeps candidates similar enough to the query, found by both searches, or among lexical search's
     * top {@code k}. The threshold guards against dense search, which returns nearest neighbours
     * even when nothing is relevant; lexical search returns only memories sharing a searched word,
     * and its best matches vouch for a memory whose wording the embedding misses (names, numbers,
     * rare terms).
     */
    static List<Candidate> threshold(List<Candidate> candidates, double threshold, int k) {
        return candidates.stream().filter(c -> c.similarity >= threshold || (c.denseRank > 0 && c.lexicalRank > 0)
                        || (c.lexicalRank > 0 && c.lexicalRank <= k))
                .toList();
    }

    /**
     * Multiplies each score by a recency boost (half-life decay), an access-frequency boost and, for a
     * memory said in a period the query names (or within {@link #PERIOD_GRACE_DAYS} after it: people
     * tell of an event after it happened), the period boost; for a query asking when, a memory
     * that tells a time gets the "when" boost (the answer to "when" is a time).
     */
    static void weight(List<Candidate> candidates, RetrievalOptions options, Instant now, ZoneId zone,
                       List<QueryCues.Period> periods, boolean asksWhen) {
        for (Candidate c : candidates) {
            c.tellsTime = asksWhen && options.whenWeight() > 0 && QueryCues.tellsTime(c.memory.content());
            if (c.tellsTime) {
                c.score *= 1 + options.whenWeight();
            }
            LocalDate said = LocalDate.ofInstant(c.memory.createdAt(), zone);
            c.inNamedPeriod = periods.stream().anyMatch(p -> p.covers(said, PERIOD_GRACE_DAYS));
            if (c.inNamedPeriod) {
                c.score *= 1 + options.periodWeight();
            }
            double ageDays = Math.max(0, Duration.between(c.memory.createdAt(), now).toSeconds() / 86_400.0);
            double recency = Math.pow(0.5, ageDays / (options.recencyHalfLife().toSeconds() / 86_400.0));
            double access = Math.log1p(c.memory.accessCount()) / Math.log1p(100);
            c.score *= 1 + options.recencyWeight() * recency + options.accessWeight() * Math.min(1, access);
        }
    }

    /**
     * Picks {@code k} candidates by maximal marginal relevance: each next pick maximises
     * {@code λ·relevance − (1−λ)·max similarity to the picks so far}, relevance being the score
     * scaled to 0..1. With {@code mmr} off, the top {@code k} by score.
     */
    static List<Candidate> select(List<Candidate> candidates, int k, boolean mmr, double lambda) {
        List<Candidate> ordered = new ArrayList<>(candidates);
        ordered.sort(Comparator.comparingDouble((Candidate c) -> c.score).reversed()
                .thenComparing(c -> c.memory.id()));
        if (!mmr || ordered.size() <= 1) {
            return ordered.subList(0, Math.min(k, ordered.size()));
        }
        double best = ordered.get(0).score;
        List<Candidate> picked = new ArrayList<>();
        List<Candidate> left = new ArrayList<>(ordered);
        while (picked.size() < k && !left.isEmpty()) {
            Candidate next = null;
            double nextValue = Double.NEGATIVE_INFINITY;
            for (Candidate c : left) {
                double redundancy = 0;
                for (Candidate p : picked) {
                    redundancy = Math.max(redundancy, Vectors.cosine(c.vector, p.vector));
                }
                double value = lambda * (best == 0 ? 0 : c.score / best) - (1 - lambda) * redundancy;
                if (value > nextValue) {
                    nextValue = value;
                    next = c;
                }
            }
            picked.add(next);
            left.remove(next);
        }
        return picked;
    }

    static RetrievedMemory result(Candidate c, int position) {
        String reason = String.format(Locale.ROOT, "#%d: cosine %.2f, dense rank %s, lexical rank %s%s%s", position,
                c.similarity, c.denseRank == 0 ? "-" : c.denseRank, c.lexicalRank == 0 ? "-" : c.lexicalRank,
                c.inNamedPeriod ? ", said in the period the query names" : "",
                c.tellsTime ? ", tells a time the query asks for" : "");
        return new RetrievedMemory(c.memory, c.similarity, c.score, c.denseRank, c.lexicalRank, reason);
    }
}
