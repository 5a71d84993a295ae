package dev.maangtracker.core.evaluation;

import dev.maangtracker.core.error.InvalidInputException;

/**
 * One thing a strong answer covers, filed under the dimension it scores.
 *
 * @param dimension upper snake case, e.g. {@code "ESTIMATES"} or {@code "CONTENT"}
 * @param text      the point in one sentence, e.g. "Estimates writes per second from daily new URLs"
 */
public record RubricPoint(String dimension, String text) {

    /** Validates every field; see the component descriptions. */
    public RubricPoint {
        if (dimension == null || dimension.isBlank()) {
            throw InvalidInputException.required("dimension");
        }
        if (text == null || text.isBlank()) {
            throw InvalidInputException.required("text");
        }
    }
}
