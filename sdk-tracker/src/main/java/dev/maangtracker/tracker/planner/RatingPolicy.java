package dev.maangtracker.tracker.planner;

import dev.maangtracker.core.error.InvalidInputException;
import dev.maangtracker.tracker.fsrs.Rating;
import dev.maangtracker.tracker.progress.AttemptInput;

/** Turns practice results into FSRS ratings, so results schedule reviews without the user grading themselves. */
public final class RatingPolicy {

    private RatingPolicy() {
    }

    /**
     * The rating of an attempt: failed is Again, partial Hard, solved with hints Hard, solved slowly (over 1.5 times
     * the typical minutes) Good, solved cleanly within three quarters of them Easy, otherwise Good.
     *
     * @param typicalMinutes the item's typical minutes, at least 1
     */
    public static Rating forAttempt(AttemptInput attempt, int typicalMinutes) {
        if (typicalMinutes < 1) {
            throw InvalidInputException.of("typicalMinutes", "must be at least 1");
        }
        return switch (attempt.outcome()) {
            case FAILED -> Rating.AGAIN;
            case PARTIAL -> Rating.HARD;
            case SOLVED -> attempt.hintsUsed() > 0 ? Rating.HARD
                    : attempt.minutes() > typicalMinutes * 1.5 ? Rating.GOOD
                    : attempt.minutes() <= typicalMinutes * 0.75 ? Rating.EASY
                    : Rating.GOOD;
        };
    }

    /** The rating of an interview score 0–100: below 40 Again, below 60 Hard, below 85 Good, else Easy. */
    public static Rating forScore(double score) {
        if (!(score >= 0 && score <= 100)) {
            throw InvalidInputException.outOfRange("score", score, 0, 100);
        }
        return score < 40 ? Rating.AGAIN : score < 60 ? Rating.HARD : score < 85 ? Rating.GOOD : Rating.EASY;
    }
}
