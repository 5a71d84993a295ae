package dev.maangtracker.core.interview;

import dev.maangtracker.core.error.InvalidInputException;
import java.util.Objects;

/**
 * A question chosen for a session and the words to ask it with.
 *
 * @param question the bank question
 * @param text     what the interviewer says: the question itself, possibly framed by context
 */
public record AskedQuestion(InterviewQuestion question, String text) {

    /** Validates every field; see the component descriptions. */
    public AskedQuestion {
        Objects.requireNonNull(question, "question");
        if (text == null || text.isBlank()) {
            throw InvalidInputException.required("text");
        }
    }
}
