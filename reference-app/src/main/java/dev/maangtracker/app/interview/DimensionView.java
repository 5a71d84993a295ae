package dev.maangtracker.app.interview;

import dev.maangtracker.core.evaluation.DimensionScore;
import java.util.List;

/**
 * A score on one dimension, with the answer's own words that justify it.
 *
 * @param name      the dimension, e.g. STRUCTURE, TRADE_OFFS or CORRECTNESS
 * @param score     0 to 100
 * @param evidence  sentences quoted verbatim from the answer
 * @param rationale why the score is what it is
 */
public record DimensionView(String name, int score, List<String> evidence, String rationale) {

    static DimensionView of(DimensionScore score) {
        return new DimensionView(score.dimension(), score.score(), score.evidence(), score.rationale());
    }

    static List<DimensionView> of(List<DimensionScore> scores) {
        return scores.stream().map(DimensionView::of).toList();
    }
}
