package dev.maangtracker.core.evaluation;

import dev.maangtracker.core.error.InvalidInputException;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The evaluation of one answer.
 *
 * @param questionId    the question answered
 * @param overallScore  0 to 100, the weighted mean of the dimensions
 * @param dimensions    the score of each dimension, in the rubric's order
 * @param coveredPoints rubric points the answer covered
 * @param missedPoints  rubric points it did not cover
 * @param strengths     what was good, in a few words each
 * @param improvements  what to do better, concrete
 * @param followUp      a follow-up question to ask, or {@code null} when the interviewer moves on
 * @param producedBy    the interviewer that evaluated, e.g. {@code "rubric"} or {@code "llm:gemini-2.5-flash"}
 * @param note          why a fallback happened and, for code that could not run, why it was judged without
 *                      execution ("code was not executed: ..."), or {@code null}
 */
public record AnswerEvaluation(String questionId, int overallScore, List<DimensionScore> dimensions,
                               List<String> coveredPoints, List<String> missedPoints, List<String> strengths,
                               List<String> improvements, String followUp, String producedBy, String note) {

    /** Validates every field; see the component descriptions. */
    public AnswerEvaluation {
        Objects.requireNonNull(questionId, "questionId");
        Objects.requireNonNull(producedBy, "producedBy");
        if (overallScore < 0 || overallScore > 100) {
            throw InvalidInputException.outOfRange("overallScore", overallScore, 0, 100);
        }
        dimensions = List.copyOf(dimensions);
        coveredPoints = List.copyOf(coveredPoints);
        missedPoints = List.copyOf(missedPoints);
        strengths = List.copyOf(strengths);
        improvements = List.copyOf(improvements);
        followUp = followUp == null || followUp.isBlank() ? null : followUp.strip();
    }

    /** The follow-up question, if the interviewer asks one. */
    public Optional<String> followUpQuestion() {
        return Optional.ofNullable(followUp);
    }

    /** The same evaluation marked as produced by another interviewer, with a note saying why. */
    public AnswerEvaluation producedBy(String interviewer, String why) {
        return new AnswerEvaluation(questionId, overallScore, dimensions, coveredPoints, missedPoints, strengths,
                improvements, followUp, interviewer, why);
    }
}
