package dev.maangtracker.core.interview;

import dev.maangtracker.core.error.InvalidInputException;
import java.util.List;
import java.util.Objects;

/**
 * What an interviewer knows when giving a hint.
 *
 * @param session      the session
 * @param question     the current question
 * @param level        1 for the gentlest hint, rising with each hint on this question
 * @param conversation the turns so far on this question
 */
public record HintRequest(InterviewSession session, InterviewQuestion question, int level, List<Turn> conversation) {

    /** Validates every field; see the component descriptions. */
    public HintRequest {
        Objects.requireNonNull(session, "session");
        Objects.requireNonNull(question, "question");
        conversation = List.copyOf(conversation);
        if (level < 1) {
            throw InvalidInputException.outOfRange("level", level, 1, Integer.MAX_VALUE);
        }
    }
}
