package dev.maangtracker.core.interview;

import dev.maangtracker.core.candidate.MemorySnippet;
import dev.maangtracker.core.candidate.WeaknessSignal;
import java.util.List;
import java.util.Objects;

/**
 * What an interviewer knows when picking the next question.
 *
 * @param session    the session, with the questions already asked
 * @param weaknesses the candidate's known weaknesses, most pressing first
 * @param memories   the candidate's relevant past answers, most relevant first
 */
public record QuestionRequest(InterviewSession session, List<WeaknessSignal> weaknesses, List<MemorySnippet> memories) {

    /** Validates every field; see the component descriptions. */
    public QuestionRequest {
        Objects.requireNonNull(session, "session");
        weaknesses = List.copyOf(weaknesses);
        memories = List.copyOf(memories);
    }
}
