package dev.maangtracker.core.analytics;

import java.util.Objects;

/**
 * The four derived scores of an answer, each 0–100 with an explanation.
 *
 * @param fluency    fillers and, for voice answers, pace
 * @param confidence hedging against decisive language
 * @param clarity    sentence length and repetition
 * @param content    specificity, plus STAR coverage for stories and complexity/edge cases for code
 */
public record AnswerScores(Score fluency, Score confidence, Score clarity, Score content) {

    /** Checks the components. */
    public AnswerScores {
        Objects.requireNonNull(fluency, "fluency");
        Objects.requireNonNull(confidence, "confidence");
        Objects.requireNonNull(clarity, "clarity");
        Objects.requireNonNull(content, "content");
    }
}
