package dev.maangtracker.app.tracker;

import dev.maangtracker.tracker.progress.Attempt;
import dev.maangtracker.tracker.progress.AttemptOutcome;
import dev.maangtracker.tracker.progress.ProblemStatus;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A recorded attempt and what it changed.
 *
 * @param id          the attempt's id (cited by weakness evidence as {@code attempt <id>})
 * @param problemSlug the problem
 * @param outcome     how it ended
 * @param minutes     time spent
 * @param hintsUsed   hints taken
 * @param language    programming language; empty when not given
 * @param attemptedAt when it was recorded
 * @param status      the caller's status on the problem after it
 * @param reviews     the review items it rescheduled, with their next due dates
 */
public record AttemptView(UUID id, String problemSlug, AttemptOutcome outcome, int minutes, int hintsUsed,
                          String language, Instant attemptedAt, ProblemStatus status, List<ReviewView> reviews) {

    static AttemptView of(Attempt attempt, ProblemStatus status, List<ReviewView> reviews) {
        return new AttemptView(attempt.id(), attempt.slug(), attempt.outcome(), attempt.input().minutes(),
                attempt.input().hintsUsed(), attempt.input().language(), attempt.input().attemptedAt(), status,
                reviews);
    }
}
