package dev.maangtracker.core.interview;

import dev.maangtracker.core.evaluation.AnswerEvaluation;
import java.util.List;
import java.util.Objects;

/**
 * Everything that happened on one question of a session, for the report.
 *
 * @param question    the question
 * @param askedText   how it was asked
 * @param firstTurn   the sequence number of the turn that asked it
 * @param evaluations the evaluations of its answers, in order (empty when it was never answered)
 * @param hintsUsed   how many hints were taken on it
 */
public record QuestionOutcome(InterviewQuestion question, String askedText, int firstTurn,
                              List<AnswerEvaluation> evaluations, int hintsUsed) {

    /** Validates every field; see the component descriptions. */
    public QuestionOutcome {
        Objects.requireNonNull(question, "question");
        Objects.requireNonNull(askedText, "askedText");
        evaluations = List.copyOf(evaluations);
    }
}
