package dev.maangtracker.tracker.progress;

import dev.maangtracker.core.error.InvalidInputException;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Objects;

/**
 * What a caller reports about one attempt at a problem (or one study session of a concept).
 *
 * @param slug        the problem or concept slug
 * @param outcome     how it ended
 * @param minutes     time spent, 0 to {@link #MAX_MINUTES}
 * @param hintsUsed   hints taken, 0 to {@link #MAX_HINTS}
 * @param language    programming language, at most {@link #MAX_LANGUAGE} characters; empty when not known
 * @param attemptedAt when it happened; not in the future (the tracker checks against its clock)
 * @param zone        the user's time zone at that moment, which fixes the streak day
 */
public record AttemptInput(String slug, AttemptOutcome outcome, int minutes, int hintsUsed, String language,
                           Instant attemptedAt, ZoneId zone) {

    /** Longest time one attempt may report: 10 hours. */
    public static final int MAX_MINUTES = 600;
    /** Most hints one attempt may report. */
    public static final int MAX_HINTS = 20;
    /** Longest language name. */
    public static final int MAX_LANGUAGE = 40;

    /** Validates every field; see the component descriptions. */
    public AttemptInput {
        if (slug == null || slug.isBlank()) {
            throw InvalidInputException.required("slug");
        }
        if (outcome == null) {
            throw InvalidInputException.required("outcome");
        }
        if (minutes < 0 || minutes > MAX_MINUTES) {
            throw InvalidInputException.outOfRange("minutes", minutes, 0, MAX_MINUTES);
        }
        if (hintsUsed < 0 || hintsUsed > MAX_HINTS) {
            throw InvalidInputException.outOfRange("hintsUsed", hintsUsed, 0, MAX_HINTS);
        }
        language = language == null ? "" : language.strip();
        if (language.length() > MAX_LANGUAGE) {
            throw InvalidInputException.tooLong("language", language.length(), MAX_LANGUAGE);
        }
        if (attemptedAt == null) {
            throw InvalidInputException.required("attemptedAt");
        }
        Objects.requireNonNull(zone, "zone");
    }
}
