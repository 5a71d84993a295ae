package dev.maangtracker.core.interview;

import dev.maangtracker.core.analytics.AnswerAnalytics;
import dev.maangtracker.core.evaluation.AnswerEvaluation;
import java.util.Objects;
import java.util.Optional;

/**
 * What answering produced.
 *
 * @param session    the stored state after the answer
 * @param answer     the stored answer turn
 * @param evaluation the evaluation (scores, evidence, covered and missed points)
 * @param analytics  the answer's analytics (fillers, pace, structure, ...)
 * @param next       the follow-up or next question, or {@code null} when all questions are done
 */
public record AnswerResult(InterviewSession session, Turn answer, AnswerEvaluation evaluation,
                           AnswerAnalytics analytics, Turn next) {

    /** Validates every field; see the component descriptions. */
    public AnswerResult {
        Objects.requireNonNull(session, "session");
        Objects.requireNonNull(answer, "answer");
        Objects.requireNonNull(evaluation, "evaluation");
        Objects.requireNonNull(analytics, "analytics");
    }

    /** The follow-up or next question, if the interview goes on. */
    public Optional<Turn> nextPrompt() {
        return Optional.ofNullable(next);
    }

    /** Whether every question has been asked and answered: the session is ready to complete. */
    public boolean finished() {
        return next == null;
    }
}
