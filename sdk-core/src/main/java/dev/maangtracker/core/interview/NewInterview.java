package dev.maangtracker.core.interview;

import dev.maangtracker.core.question.Difficulty;
import dev.maangtracker.core.question.InterviewMode;
import java.time.Duration;
import java.util.Objects;

/**
 * A request to create an interview session.
 *
 * @param mode              coding, system design, behavioral or HR; required
 * @param difficulty        the level; {@code null} means MEDIUM
 * @param targetCompany     optional, at most {@link InterviewSession#MAX_TARGET_LENGTH} characters
 * @param targetRole        optional, likewise
 * @param questionTimeLimit optional time per question; {@code null} takes the mode's default
 */
public record NewInterview(InterviewMode mode, Difficulty difficulty, String targetCompany, String targetRole,
                           Duration questionTimeLimit) {

    /** Validates every field; see the component descriptions. */
    public NewInterview {
        Objects.requireNonNull(mode, "mode");
        difficulty = difficulty == null ? Difficulty.MEDIUM : difficulty;
    }

    /** A session of a mode at a difficulty with no target and default limits. */
    public static NewInterview of(InterviewMode mode, Difficulty difficulty) {
        return new NewInterview(mode, difficulty, null, null, null);
    }
}
