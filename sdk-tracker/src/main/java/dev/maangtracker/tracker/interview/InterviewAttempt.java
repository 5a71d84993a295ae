package dev.maangtracker.tracker.interview;

import dev.maangtracker.core.error.InvalidInputException;
import dev.maangtracker.tracker.progress.AttemptInput;
import dev.maangtracker.tracker.review.ItemType;
import java.util.Objects;
import java.util.UUID;

/**
 * One roadmap attempt an interview question amounts to: an attempt at a problem, or a study of a concept.
 *
 * @param id     derived from the session, the question and the item, so the same question never counts twice
 * @param userId the candidate
 * @param type   {@link ItemType#PROBLEM} or {@link ItemType#CONCEPT}
 * @param input  the attempt; its slug is the problem's or the concept's
 */
public record InterviewAttempt(UUID id, UUID userId, ItemType type, AttemptInput input) {

    /** Validates every field; see the component descriptions. */
    public InterviewAttempt {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(userId, "userId");
        Objects.requireNonNull(input, "input");
        if (type != ItemType.PROBLEM && type != ItemType.CONCEPT) {
            throw InvalidInputException.of("type", "must be PROBLEM or CONCEPT (was " + type + ")");
        }
    }
}
