package dev.maangtracker.core.evaluation;

import dev.maangtracker.core.error.InvalidInputException;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * The final report of an interview session.
 *
 * @param overallScore    0 to 100
 * @param dimensions      each dimension's score over the session, with the strongest evidence
 * @param strengths       what the candidate did well
 * @param weaknesses      what held the candidate back
 * @param recommendations concrete practice: topics, problems, question types
 * @param questions       how each question went, in the order asked
 * @param producedBy      the interviewer that wrote it
 * @param generatedAt     when it was written
 */
public record InterviewReport(int overallScore, List<DimensionScore> dimensions, List<String> strengths,
                              List<String> weaknesses, List<String> recommendations, List<QuestionResult> questions,
                              String producedBy, Instant generatedAt) {

    /** Validates every field; see the component descriptions. */
    public InterviewReport {
        if (overallScore < 0 || overallScore > 100) {
            throw InvalidInputException.outOfRange("overallScore", overallScore, 0, 100);
        }
        dimensions = List.copyOf(dimensions);
        strengths = List.copyOf(strengths);
        weaknesses = List.copyOf(weaknesses);
        recommendations = List.copyOf(recommendations);
        questions = List.copyOf(questions);
        Objects.requireNonNull(producedBy, "producedBy");
        Objects.requireNonNull(generatedAt, "generatedAt");
    }
}
