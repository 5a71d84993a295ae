package dev.maangtracker.core.analytics;

import dev.maangtracker.core.error.InvalidInputException;
import java.time.Duration;
import java.util.Objects;

/**
 * Speaking pace of a voice answer: every word of the transcript (fillers included) divided by the
 * spoken duration.
 *
 * @param wordsPerMinute words per minute, never negative
 * @param spokenDuration the duration it was computed from
 * @param verdict        where the pace falls against the good band
 */
public record Pace(double wordsPerMinute, Duration spokenDuration, PaceVerdict verdict) {

    /** Checks the components. */
    public Pace {
        Objects.requireNonNull(spokenDuration, "spokenDuration");
        Objects.requireNonNull(verdict, "verdict");
        if (!(wordsPerMinute >= 0) || Double.isInfinite(wordsPerMinute)) {
            throw InvalidInputException.of("pace", "bad pace " + wordsPerMinute);
        }
    }
}
