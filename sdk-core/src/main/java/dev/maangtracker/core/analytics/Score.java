package dev.maangtracker.core.analytics;

import dev.maangtracker.core.error.InvalidInputException;
import java.util.Objects;

/**
 * A 0–100 score with a short explanation of what drove it.
 *
 * @param value       0 (worst) to 100 (best)
 * @param explanation one line naming the main signals, e.g. {@code "3 fillers (4.1 per 100 words); 152 wpm is a good pace"}
 */
public record Score(int value, String explanation) {

    /** Checks the range. */
    public Score {
        Objects.requireNonNull(explanation, "explanation");
        if (value < 0 || value > 100) {
            throw InvalidInputException.of("score", "score out of range: " + value);
        }
    }
}
