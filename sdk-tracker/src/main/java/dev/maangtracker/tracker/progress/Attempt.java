package dev.maangtracker.tracker.progress;

import java.time.LocalDate;
import java.util.Objects;
import java.util.UUID;

/**
 * A recorded attempt.
 *
 * @param id     the attempt's id, cited as weakness evidence
 * @param userId whose attempt
 * @param input  what was reported, validated
 */
public record Attempt(UUID id, UUID userId, AttemptInput input) {

    /** Validates every field; see the component descriptions. */
    public Attempt {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(userId, "userId");
        Objects.requireNonNull(input, "input");
    }

    /** The problem or concept slug. */
    public String slug() {
        return input.slug();
    }

    /** How it ended. */
    public AttemptOutcome outcome() {
        return input.outcome();
    }

    /** The user's calendar day of the attempt. */
    public LocalDate localDate() {
        return input.attemptedAt().atZone(input.zone()).toLocalDate();
    }

    /** Whether it was solved without hints. */
    public boolean cleanSolve() {
        return input.outcome() == AttemptOutcome.SOLVED && input.hintsUsed() == 0;
    }
}
