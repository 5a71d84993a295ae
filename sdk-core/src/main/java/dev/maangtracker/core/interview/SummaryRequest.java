package dev.maangtracker.core.interview;

import dev.maangtracker.core.candidate.WeaknessSignal;
import java.util.List;
import java.util.Objects;

/**
 * What an interviewer knows when writing the final report.
 *
 * @param session    the session being completed
 * @param outcomes   each question asked, in order, with its evaluations
 * @param weaknesses the candidate's known weaknesses before this session
 */
public record SummaryRequest(InterviewSession session, List<QuestionOutcome> outcomes, List<WeaknessSignal> weaknesses) {

    /** Validates every field; see the component descriptions. */
    public SummaryRequest {
        Objects.requireNonNull(session, "session");
        outcomes = List.copyOf(outcomes);
        weaknesses = List.copyOf(weaknesses);
    }
}
