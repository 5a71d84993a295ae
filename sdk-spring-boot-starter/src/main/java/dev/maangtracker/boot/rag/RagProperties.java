package dev.maangtracker.boot.rag;

import dev.maangtracker.rag.retrieve.Fusion;
import dev.maangtracker.rag.retrieve.RetrievalOptions;
import jakarta.validation.Valid;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.time.Duration;
import org.hibernate.validator.constraints.time.DurationMin;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/** RAG memory settings ({@code maang.rag.*}): retrieval defaults and the retrieval cache. */
@ConfigurationProperties(prefix = "maang.rag")
@Validated
public class RagProperties {

    /** How retrieval ranks when the caller passes no options; defaults equal {@link RetrievalOptions#defaults()}. */
    @Valid
    private final Retrieval retrieval = new Retrieval();

    /** The retrieval cache. */
    @Valid
    private final Cache cache = new Cache();

    public Retrieval getRetrieval() {
        return retrieval;
    }

    public Cache getCache() {
        return cache;
    }

    /** Retrieval defaults ({@code maang.rag.retrieval.*}). */
    public static class Retrieval {

        /** Results one retrieval returns. */
        @Min(1)
        @Max(RetrievalOptions.MAX_K)
        private int k = 5;

        /** Cosine similarity a memory needs unless lexical search agrees, -1 to 1. */
        @DecimalMin("-1")
        @DecimalMax("1")
        private double threshold = 0.3;

        /** Candidates taken from each search (dense and lexical), at least k. */
        @Min(1)
        @Max(RetrievalOptions.MAX_CANDIDATES)
        private int candidates = 50;

        /** Whether lexical (full-text) search is fused with dense search. */
        private boolean lexical = true;

        /** How dense and lexical candidates are combined. */
        @NotNull
        private Fusion fusion = Fusion.RELATIVE_SCORE;

        /** With relative-score fusion, the dense share of the score, 0 to 1. */
        @DecimalMin("0")
        @DecimalMax("1")
        private double denseWeight = 0.7;

        /** Whether maximal marginal relevance diversifies the results. */
        private boolean mmr = true;

        /** MMR's relevance share, 0 (diversity only) to 1 (relevance only). */
        @DecimalMin("0")
        @DecimalMax("1")
        private double mmrLambda = 0.7;

        /** The age at which the recency boost halves. */
        @NotNull
        @DurationMin(seconds = 1)
        private Duration recencyHalfLife = Duration.ofDays(30);

        /** Weight of the recency boost, 0 to 1 (0 turns it off). */
        @DecimalMin("0")
        @DecimalMax("1")
        private double recencyWeight = 0.1;

        /** Weight of the access-frequency boost, 0 to 1 (0 turns it off). */
        @DecimalMin("0")
        @DecimalMax("1")
        private double accessWeight = 0.05;

        /**
         * With relative-score fusion, the dense share for a query that names something (a proper noun,
         * an acronym, a number), 0 to 1; equal to dense-weight turns the distinction off.
         */
        @DecimalMin("0")
        @DecimalMax("1")
        private double namedDenseWeight = 0.5;

        /** Boost of a memory said in (or within a week after) a period the query names, 0 to 1 (0 turns it off). */
        @DecimalMin("0")
        @DecimalMax("1")
        private double periodWeight = 0.5;

        /** Boost of a memory that tells a time when the query asks when, 0 to 1 (0 turns it off). */
        @DecimalMin("0")
        @DecimalMax("1")
        private double whenWeight = 0.25;

        /** The candidates cannot be fewer than the results. */
        @AssertTrue(message = "must be at least maang.rag.retrieval.k")
        public boolean isCandidatesAtLeastK() {
            return candidates >= k;
        }

        /** The SDK options these properties describe. */
        public RetrievalOptions toOptions() {
            return RetrievalOptions.builder().k(k).threshold(threshold).candidates(candidates).lexical(lexical)
                    .fusion(fusion).denseWeight(denseWeight).mmr(mmr).mmrLambda(mmrLambda)
                    .recencyHalfLife(recencyHalfLife).recencyWeight(recencyWeight).accessWeight(accessWeight)
                    .namedDenseWeight(namedDenseWeight).periodWeight(periodWeight).whenWeight(whenWeight).build();
        }

        public int getK() {
            return k;
        }

        public void setK(int k) {
            this.k = k;
        }

        public double getThreshold() {
            return threshold;
        }

        public void setThreshold(double threshold) {
            this.threshold = threshold;
        }

        public int getCandidates() {
            return candidates;
        }

        public void setCandidates(int candidates) {
            this.candidates = candidates;
        }

        public boolean isLexical() {
            return lexical;
        }

        public void setLexical(boolean lexical) {
            this.lexical = lexical;
        }

        public Fusion getFusion() {
            return fusion;
        }

        public void setFusion(Fusion fusion) {
            this.fusion = fusion;
        }

        public double getDenseWeight() {
            return denseWeight;
        }

        public void setDenseWeight(double denseWeight) {
            this.denseWeight = denseWeight;
        }

        public boolean isMmr() {
            return mmr;
        }

        public void setMmr(boolean mmr) {
            this.mmr = mmr;
        }

        public double getMmrLambda() {
            return mmrLambda;
        }

        public void setMmrLambda(double mmrLambda) {
            this.mmrLambda = mmrLambda;
        }

        public Duration getRecencyHalfLife() {
            return recencyHalfLife;
        }

        public void setRecencyHalfLife(Duration recencyHalfLife) {
            this.recencyHalfLife = recencyHalfLife;
        }

        public double getRecencyWeight() {
            return recencyWeight;
        }

        public void setRecencyWeight(double recencyWeight) {
            this.recencyWeight = recencyWeight;
        }

        public double getAccessWeight() {
            return accessWeight;
        }

        public void setAccessWeight(double accessWeight) {
            this.accessWeight = accessWeight;
        }

        public double getNamedDenseWeight() {
            return namedDenseWeight;
        }

        public void setNamedDenseWeight(double namedDenseWeight) {
            this.namedDenseWeight = namedDenseWeight;
        }

        public double getPeriodWeight() {
            return periodWeight;
        }

        public void setPeriodWeight(double periodWeight) {
            this.periodWeight = periodWeight;
        }

        public double getWhenWeight() {
            return whenWeight;
        }

        public void setWhenWeight(double whenWeight) {
            this.whenWeight = whenWeight;
        }
    }

    /** The retrieval cache ({@code maang.rag.cache.*}); the Redis cache, when configured, reads its own TTL. */
    public static class Cache {

        /** How long a cached retrieval lives in the in-process cache. */
        @NotNull
        @DurationMin(millis = 1)
        private Duration ttl = Duration.ofMinutes(5);

        /** Most retrievals the in-process cache keeps (least recently used go first). */
        @Min(1)
        private long maxEntries = 10_000;

        public Duration getTtl() {
            return ttl;
        }

        public void setTtl(Duration ttl) {
            this.ttl = ttl;
        }

        public long getMaxEntries() {
            return maxEntries;
        }

        public void setMaxEntries(long maxEntries) {
            this.maxEntries = maxEntries;
        }
    }
}
