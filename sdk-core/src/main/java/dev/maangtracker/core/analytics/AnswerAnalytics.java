package dev.maangtracker.core.analytics;

import dev.maangtracker.core.error.InvalidInputException;
import java.util.Objects;
import java.util.Optional;

/**
 * Everything {@link AnswerAnalyzer} found in one answer. Immutable; no component is {@code null}.
 *
 * @param kind        the kind of answer analysed
 * @param wordCount   words in the text (numbers included, punctuation not)
 * @param fillers     filler words and phrases
 * @param pace        speaking pace, present only when the input had a spoken duration
 * @param star        STAR structure, present only for {@link AnswerKind#BEHAVIORAL_STORY}
 * @param specificity numbers, metrics, technologies, names and dates
 * @param ownership   "I" against "we"
 * @param confidence  hedging against decisive language
 * @param clarity     sentence structure and repetition
 * @param code        complexity and edge cases, present for {@link AnswerKind#CODE_EXPLANATION} or when code was given
 * @param scores      the derived 0–100 scores
 */
public record AnswerAnalytics(AnswerKind kind, int wordCount, Fillers fillers, Optional<Pace> pace,
        Optional<StarStructure> star, Specificity specificity, Ownership ownership, Confidence confidence,
        Clarity clarity, Optional<CodeExplanation> code, AnswerScores scores) {

    /** Checks the components. */
    public AnswerAnalytics {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(fillers, "fillers");
        Objects.requireNonNull(pace, "pace");
        Objects.requireNonNull(star, "star");
        Objects.requireNonNull(specificity, "specificity");
        Objects.requireNonNull(ownership, "ownership");
        Objects.requireNonNull(confidence, "confidence");
        Objects.requireNonNull(clarity, "clarity");
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(scores, "scores");
        if (wordCount < 0) {
            throw InvalidInputException.of("wordCount", "negative word count");
        }
    }
}
