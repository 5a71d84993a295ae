package dev.maangtracker.tracker.progress;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * A user's progress on one problem or concept, derived from its attempts.
 *
 * @param userId        whose progress
 * @param slug          the problem or concept
 * @param status        derived from the attempts (see {@link ProblemStatus})
 * @param attempts      attempts so far
 * @param solved        attempts that solved it
 * @param lastAttemptAt the latest attempt, or {@code null} when none
 * @param notes         the user's notes; empty when none
 */
public record ItemProgress(UUID userId, String slug, ProblemStatus status, int attempts, int solved,
                           Instant lastAttemptAt, String notes) {

    /** Validates every field; see the component descriptions. */
    public ItemProgress {
        Objects.requireNonNull(userId, "userId");
        Objects.requireNonNull(slug, "slug");
        Objects.requireNonNull(status, "status");
        notes = notes == null ? "" : notes;
    }

    /**
     * The progress implied by a list of attempts at one item, oldest first. A status never falls when an attempt is
     * added: TODO, then ATTEMPTED, SOLVED from the first solve, MASTERED from the second solve without hints.
     */
    public static ItemProgress fromAttempts(UUID userId, String slug, List<Attempt> attempts, String notes) {
        int solved = (int) attempts.stream().filter(a -> a.outcome() == AttemptOutcome.SOLVED).count();
        long clean = attempts.stream().filter(Attempt::cleanSolve).count();
        ProblemStatus status;
        if (attempts.isEmpty()) {
            status = ProblemStatus.TODO;
        } else if (clean >= 2) {
            // Mastery is kept once earned: a later miss is the review schedule's business, not a lower status.
            status = ProblemStatus.MASTERED;
        } else if (solved > 0) {
            status = ProblemStatus.SOLVED;
        } else {
            status = ProblemStatus.ATTEMPTED;
        }
        Instant last = attempts.isEmpty() ? null : attempts.get(attempts.size() - 1).input().attemptedAt();
        return new ItemProgress(userId, slug, status, attempts.size(), solved, last, notes);
    }
}
