package dev.maangtracker.core.interview;

import java.util.Objects;
import java.util.Optional;

/**
 * A session after a step that may have made the interviewer speak.
 *
 * @param session the stored state after the step
 * @param prompt  what the interviewer said (a question, follow-up or hint), or {@code null}
 */
public record InterviewStep(InterviewSession session, Turn prompt) {

    /** Validates every field; see the component descriptions. */
    public InterviewStep {
        Objects.requireNonNull(session, "session");
    }

    /** What the interviewer said, if anything. */
    public Optional<Turn> interviewerTurn() {
        return Optional.ofNullable(prompt);
    }
}
