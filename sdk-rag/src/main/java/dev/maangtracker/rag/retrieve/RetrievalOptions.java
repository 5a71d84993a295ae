package dev.maangtracker.rag.retrieve;

import dev.maangtracker.core.error.InvalidInputException;
import java.time.Duration;
import java.util.Locale;
import java.util.Objects;

/**
 * How one retrieval ranks. Build with {@link #builder()}; {@link #defaults()} is K=5, threshold 0.3,
 * 50 candidates per list, relative-score fusion with dense weight 0.7 (0.5 for a query that names
 * something), MMR (λ 0.7), recency (half-life 30 days, weight 0.1), access frequency (weight 0.05),
 * named-period boost 0.5 and "when" boost 0.25.
 *
 * @param k                  results to return, 1 to {@link #MAX_K}
 * @param threshold          cosine similarity a memory needs unless lexical search agrees, -1 to 1
 * @param candidates         candidates taken from each search, k to {@link #MAX_CANDIDATES}
 * @param lexical            whether lexical search is fused with dense search
 * @param fusion             how the two searches are combined
 * @param denseWeight        with relative-score fusion, the dense share of the score, 0 to 1
 * @param mmr                whether maximal marginal relevance diversifies the results
 * @param mmrLambda          MMR's relevance share, 0 (diversity only) to 1 (relevance only)
 * @param recencyHalfLife    the age at which the recency boost halves
 * @param recencyWeight      weight of the recency boost, 0 to 1 (0 turns it off)
 * @param accessWeight       weight of the access-frequency boost, 0 to 1 (0 turns it off)
 * @param namedDenseWeight   with relative-score fusion, the dense share for a query that names something
 *                           (a proper noun, an acronym, a number or a date), 0 to 1; equal to
 *                           {@code denseWeight} turns the distinction off
 * @param periodWeight       boost of a memory said in (or within a week after) a period of time the query
 *                           names ("in May 2023", "last week"), 0 to 1 (0 turns it off)
 * @param whenWeight         boost of a memory that tells a time ("yesterday", "last week", a date) when the
 *                           query asks when, 0 to 1 (0 turns it off)
 */
public record RetrievalOptions(int k, double threshold, int candidates, boolean lexical, Fusion fusion,
                               double denseWeight, boolean mmr, double mmrLambda,
                               Duration recencyHalfLife, double recencyWeight, double accessWeight,
                               double namedDenseWeight, double periodWeight, double whenWeight) {

    /** Most results one retrieval returns. */
    public static final int MAX_K = 50;
    /** Most candidates taken from each search. */
    public static final int MAX_CANDIDATES = 500;

    /** Validates every field; see the component descriptions. */
    public RetrievalOptions {
        if (k < 1 || k > MAX_K) {
            throw InvalidInputException.outOfRange("k", k, 1, MAX_K);
        }
        if (!(threshold >= -1 && threshold <= 1)) {
            throw InvalidInputException.outOfRange("threshold", threshold, -1, 1);
        }
        if (candidates < k || candidates > MAX_CANDIDATES) {
            throw InvalidInputException.outOfRange("candidates", candidates, k, MAX_CANDIDATES);
        }
        Objects.requireNonNull(fusion, "fusion");
        if (!(denseWeight >= 0 && denseWeight <= 1)) {
            throw InvalidInputException.outOfRange("denseWeight", denseWeight, 0, 1);
        }
        if (!(mmrLambda >= 0 && mmrLambda <= 1)) {
            throw InvalidInputException.outOfRange("mmrLambda", mmrLambda, 0, 1);
        }
        Objects.requireNonNull(recencyHalfLife, "recencyHalfLife");
        if (recencyHalfLife.isNegative() || recencyHalfLife.isZero()) {
            throw InvalidInputException.of("recencyHalfLife", "must be positive");
        }
        if (!(recencyWeight >= 0 && recencyWeight <= 1)) {
            throw InvalidInputException.outOfRange("recencyWeight", recencyWeight, 0, 1);
        }
        if (!(accessWeight >= 0 && accessWeight <= 1)) {
            throw InvalidInputException.outOfRange("accessWeight", accessWeight, 0, 1);
        }
        if (!(namedDenseWeight >= 0 && namedDenseWeight <= 1)) {
            throw InvalidInputException.outOfRange("namedDenseWeight", namedDenseWeight, 0, 1);
        }
        if (!(periodWeight >= 0 && periodWeight <= 1)) {
            throw InvalidInputException.outOfRange("periodWeight", periodWeight, 0, 1);
        }
        if (!(whenWeight >= 0 && whenWeight <= 1)) {
            throw InvalidInputException.outOfRange("whenWeight", whenWeight, 0, 1);
        }
    }

    /**
     * The options before query cues existed: a named query gets the same dense share as any other,
     * and neither periods the query names nor memories telling a time for a "when" query are boosted.
     */
    public RetrievalOptions(int k, double threshold, int candidates, boolean lexical, Fusion fusion, double denseWeight,
                            boolean mmr, double mmrLambda, Duration recencyHalfLife, double recencyWeight,
                            double accessWeight) {
        this(k, threshold, candidates, lexical, fusion, denseWeight, mmr, mmrLambda, recencyHalfLife, recencyWeight,
                accessWeight, denseWeight, 0, 0);
    }

    /** The dense share of relative-score fusion for this query. */
    double denseWeightFor(boolean namesSomething) {
        return namesSomething ? namedDenseWeight : denseWeight;
    }

    /** The defaults. */
    public static RetrievalOptions defaults() {
        return builder().build();
    }

    /** A builder starting from the defaults. */
    public static Builder builder() {
        return new Builder();
    }

    /** A builder starting from these options. */
    public Builder toBuilder() {
        return new Builder().k(k).threshold(threshold).candidates(candidates).lexical(lexical).fusion(fusion)
                .denseWeight(denseWeight).mmr(mmr)
                .mmrLambda(mmrLambda).recencyHalfLife(recencyHalfLife).recencyWeight(recencyWeight)
                .accessWeight(accessWeight).namedDenseWeight(namedDenseWeight).periodWeight(periodWeight)
                .whenWeight(whenWeight);
    }

    /** A stable text of these options, part of cache keys. */
    String cacheKey() {
        return String.format(Locale.ROOT, "k%d|t%.3f|c%d|l%b|%s|%.2f|m%b|%.2f|h%d|r%.3f|a%.3f|n%.2f|p%.3f|w%.3f", k, threshold,
                candidates, lexical, fusion, denseWeight, mmr, mmrLambda, recencyHalfLife.toSeconds(), recencyWeight,
                accessWeight, namedDenseWeight, periodWeight, whenWeight);
    }

    /** Builds {@link RetrievalOptions}; {@link #build()} validates. */
    public static final class Builder {
        private int k = 5;
        private double threshold = 0.3;
        private int candidates = 50;
        private boolean lexical = true;
        private Fusion fusion = Fusion.RELATIVE_SCORE;
        private double denseWeight = 0.7;
        private boolean mmr = true;
        private double mmrLambda = 0.7;
        private Duration recencyHalfLife = Duration.ofDays(30);
        private double recencyWeight = 0.1;
        private double accessWeight = 0.05;
        private double namedDenseWeight = 0.5;
        private double periodWeight = 0.5;
        private double whenWeight = 0.25;

        private Builder() {
        }

        /** Results to return. */
        public Builder k(int value) {
            this.k = value;
            return this;
        }

        /** Cosine similarity needed unless lexical search agrees. */
        public Builder threshold(double value) {
            this.threshold = value;
            return this;
        }

        /** Candidates per search. */
        public Builder candidates(int value) {
            this.candidates = value;
            return this;
        }

        /** Whether lexical search is fused in. */
        public Builder lexical(boolean value) {
            this.lexical = value;
            return this;
        }

        /** How the two searches are combined. */
        public Builder fusion(Fusion value) {
            this.fusion = value;
            return this;
        }

        /** With relative-score fusion, the dense share of the score. */
        public Builder denseWeight(double value) {
            this.denseWeight = value;
            return this;
        }

        /** Whether MMR diversifies. */
        public Builder mmr(boolean value) {
            this.mmr = value;
            return this;
        }

        /** MMR's relevance share. */
        public Builder mmrLambda(double value) {
            this.mmrLambda = value;
            return this;
        }

        /** Age at which the recency boost halves. */
        public Builder recencyHalfLife(Duration value) {
            this.recencyHalfLife = value;
            return this;
        }

        /** Weight of the recency boost (0 turns it off). */
        public Builder recencyWeight(double value) {
            this.recencyWeight = value;
            return this;
        }

        /** Weight of the access-frequency boost (0 turns it off). */
        public Builder accessWeight(double value) {
            this.accessWeight = value;
            return this;
        }

        /** With relative-score fusion, the dense share for a query that names something specific. */
        public Builder namedDenseWeight(double value) {
            this.namedDenseWeight = value;
            return this;
        }

        /** Boost of a memory said in a period the query names (0 turns it off). */
        public Builder periodWeight(double value) {
            this.periodWeight = value;
            return this;
        }

        /** Boost of a memory that tells a time when the query asks when (0 turns it off). */
        public Builder whenWeight(double value) {
            this.whenWeight = value;
            return this;
        }

        /** The options; fails with {@link InvalidInputException} on a value out of range. */
        public RetrievalOptions build() {
            return new RetrievalOptions(k, threshold, candidates, lexical, fusion, denseWeight, mmr, mmrLambda,
                    recencyHalfLife, recencyWeight, accessWeight, namedDenseWeight, periodWeight, whenWeight);
        }
    }
}
