package dev.maangtracker.app.interview;

import dev.maangtracker.core.evaluation.AnswerEvaluation;
import java.util.List;

/**
 * An answer's scores.
 *
 * @param overall    0 to 100, the weighted mean of the dimensions
 * @param dimensions each dimension with its evidence quotes
 */
public record ScoresView(int overall, List<DimensionView> dimensions) {

    static ScoresView of(AnswerEvaluation evaluation) {
        return new ScoresView(evaluation.overallScore(), DimensionView.of(evaluation.dimensions()));
    }
}
