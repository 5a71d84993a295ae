package dev.maangtracker.app.interview;

import dev.maangtracker.core.evaluation.AnswerEvaluation;
import java.util.List;

/**
 * What the interviewer says about an answer.
 *
 * @param strengths     what was good
 * @param improvements  what to do better, concretely
 * @param coveredPoints the question's key points the answer covered
 * @param missedPoints  the key points it missed
 * @param producedBy    who evaluated: {@code rubric} (offline) or {@code llm:<model>}
 * @param note          why the offline interviewer answered instead of the model, or why code was
 *                      judged without running it; {@code null} when neither
 */
public record FeedbackView(List<String> strengths, List<String> improvements, List<String> coveredPoints,
        List<String> missedPoints, String producedBy, String note) {

    static FeedbackView of(AnswerEvaluation evaluation) {
        return new FeedbackView(evaluation.strengths(), evaluation.improvements(), evaluation.coveredPoints(),
                evaluation.missedPoints(), evaluation.producedBy(), evaluation.note());
    }
}
