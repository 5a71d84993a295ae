package dev.maangtracker.core.evaluation;

import dev.maangtracker.core.error.InvalidInputException;
import java.util.Objects;

/**
 * How one question of a session went, for the report.
 *
 * @param questionId   the question
 * @param questionText the question as asked
 * @param score        0 to 100, the evaluation of the last answer to it
 * @param firstTurn    the sequence number of the turn that asked it, to link back to the conversation
 */
public record QuestionResult(String questionId, String questionText, int score, int firstTurn) {

    /** Validates every field; see the component descriptions. */
    public QuestionResult {
        Objects.requireNonNull(questionId, "questionId");
        Objects.requireNonNull(questionText, "questionText");
        if (score < 0 || score > 100) {
            throw InvalidInputException.outOfRange("score", score, 0, 100);
        }
        if (firstTurn < 1) {
            throw InvalidInputException.of("firstTurn", "must be at least 1");
        }
    }
}
