package dev.maangtracker.core.evaluation;

import dev.maangtracker.core.error.InvalidInputException;
import java.util.List;

/**
 * A score on one dimension of an answer (for example {@code STRUCTURE} or {@code TRADE_OFFS}),
 * with the words from the answer that justify it.
 *
 * @param dimension the dimension's name, upper snake case
 * @param score     0 to 100
 * @param evidence  sentences quoted verbatim from the answer; empty when the answer offered none
 * @param rationale one sentence on why the score is what it is
 */
public record DimensionScore(String dimension, int score, List<String> evidence, String rationale) {

    /** Validates every field; see the component descriptions. */
    public DimensionScore {
        if (dimension == null || dimension.isBlank()) {
            throw InvalidInputException.required("dimension");
        }
        if (score < 0 || score > 100) {
            throw InvalidInputException.outOfRange("score", score, 0, 100);
        }
        evidence = List.copyOf(evidence);
        rationale = rationale == null ? "" : rationale;
    }
}
