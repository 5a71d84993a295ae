package dev.maangtracker.app.tracker;

import dev.maangtracker.core.question.InterviewMode;
import dev.maangtracker.tracker.weakness.Evidence;
import dev.maangtracker.tracker.weakness.EvidenceSource;
import dev.maangtracker.tracker.weakness.Recommendation;
import dev.maangtracker.tracker.weakness.RecommendationKind;
import dev.maangtracker.tracker.weakness.Weakness;
import java.time.Instant;
import java.util.List;

/**
 * A weakness of the caller with the evidence behind it and what to do about it.
 *
 * @param topic           topic, concept or competency slug
 * @param severity        0 to 10, the recency-weighted mean deficit
 * @param confidence      0 to 1, grows with the amount of evidence
 * @param priority        severity × confidence
 * @param open            false once later evidence showed improvement
 * @param detectedAt      when it opened
 * @param resolvedAt      when it was resolved, or {@code null}
 * @param explanation     one sentence tracing the numbers to the evidence
 * @param evidence        every observation used, oldest first
 * @param recommendations next steps, most useful first
 */
public record WeaknessView(String topic, double severity, double confidence, double priority, boolean open,
                           Instant detectedAt, Instant resolvedAt, String explanation, List<EvidenceView> evidence,
                           List<RecommendationView> recommendations) {

    /** The view of an analysed weakness. */
    public static WeaknessView of(Weakness weakness) {
        return new WeaknessView(weakness.topic(), weakness.severity(), weakness.confidence(), weakness.priority(),
                weakness.open(), weakness.detectedAt(), weakness.resolvedAt(), weakness.explanation(),
                weakness.evidence().stream().map(EvidenceView::of).toList(),
                weakness.recommendations().stream().map(RecommendationView::of).toList());
    }

    /**
     * One observation.
     *
     * @param topic     what it is about
     * @param mode      the interview type that exercises it
     * @param source    where it came from
     * @param reference what to cite: an attempt id, or a session id with the turn
     * @param score     0 to 100
     * @param at        when it was observed
     * @param note      a short explanation of the score
     */
    public record EvidenceView(String topic, InterviewMode mode, EvidenceSource source, String reference,
                               double score, Instant at, String note) {

        /** The view of an observation. */
        public static EvidenceView of(Evidence evidence) {
            return new EvidenceView(evidence.topic(), evidence.mode(), evidence.source(), evidence.reference(),
                    evidence.score(), evidence.at(), evidence.note());
        }
    }

    /**
     * One recommended next step.
     *
     * @param kind   what to do
     * @param key    a problem or concept slug, or an interview type
     * @param title  what to show
     * @param reason why it helps
     */
    public record RecommendationView(RecommendationKind kind, String key, String title, String reason) {

        static RecommendationView of(Recommendation recommendation) {
            return new RecommendationView(recommendation.kind(), recommendation.key(), recommendation.title(),
                    recommendation.reason());
        }
    }
}
