package dev.maangtracker.tracker.fsrs;

import dev.maangtracker.core.error.InvalidInputException;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * The memory state of one reviewable item. Immutable; the scheduler returns a new card after each review.
 *
 * @param state      where the item is in the life cycle
 * @param step       index of the current (re)learning step; 0 for new and review cards
 * @param stability  days until recall probability falls to 90%; 0 only for a new card
 * @param difficulty 1 to 10; 0 only for a new card
 * @param reps       reviews so far
 * @param lapses     times the item was forgotten after being learnt
 * @param lastReview the last review, or {@code null} for a new card
 * @param due        when the item should next be reviewed
 */
public record FsrsCard(CardState state, int step, double stability, double difficulty, int reps, int lapses,
                       Instant lastReview, Instant due) {

    /** Validates every field; see the component descriptions. */
    public FsrsCard {
        Objects.requireNonNull(state, "state");
        Objects.requireNonNull(due, "due");
        if (step < 0) {
            throw InvalidInputException.of("step", "must not be negative");
        }
        if (reps < 0 || lapses < 0) {
            throw InvalidInputException.of("reps", "and lapses must not be negative");
        }
        if (state == CardState.NEW) {
            if (lastReview != null || reps != 0) {
                throw InvalidInputException.of("state", "NEW must have no review");
            }
        } else {
            Objects.requireNonNull(lastReview, "lastReview");
            if (!(stability >= FsrsParameters.STABILITY_MIN)) {
                throw InvalidInputException.of("stability", "must be at least " + FsrsParameters.STABILITY_MIN);
            }
            if (!(difficulty >= 1 && difficulty <= 10)) {
                throw InvalidInputException.outOfRange("difficulty", difficulty, 1, 10);
            }
        }
    }

    /** A never-reviewed card, due at once. */
    public static FsrsCard newCard(Instant now) {
        return new FsrsCard(CardState.NEW, 0, 0, 0, 0, 0, null, now);
    }

    /** The last review, empty for a new card. */
    public Optional<Instant> lastReviewed() {
        return Optional.ofNullable(lastReview);
    }

    /** Whether the card is due at the given instant. */
    public boolean isDueAt(Instant instant) {
        return !due.isAfter(instant);
    }
}
