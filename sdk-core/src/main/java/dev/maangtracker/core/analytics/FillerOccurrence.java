package dev.maangtracker.core.analytics;

import dev.maangtracker.core.error.InvalidInputException;
import java.util.Objects;

/**
 * One filler found in an answer.
 *
 * @param filler    canonical form, e.g. {@code "um"}, {@code "like"}, {@code "you know"}, {@code "right?"}
 * @param wordIndex position of its first word among the answer's words (0-based)
 * @param start     index of its first char in the answer text
 * @param end       index after its last char in the answer text
 * @param snippet   the filler with a few words around it, white space collapsed; {@code …} marks
 *                  text left out before or after
 */
public record FillerOccurrence(String filler, int wordIndex, int start, int end, String snippet) {

    /** Checks the components. */
    public FillerOccurrence {
        Objects.requireNonNull(filler, "filler");
        Objects.requireNonNull(snippet, "snippet");
        if (wordIndex < 0 || start < 0 || end <= start) {
            throw InvalidInputException.of("filler", "bad filler position " + wordIndex + " " + start + ".." + end);
        }
    }
}
