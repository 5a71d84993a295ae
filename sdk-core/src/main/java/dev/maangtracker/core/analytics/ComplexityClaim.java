package dev.maangtracker.core.analytics;

import java.util.Objects;

/**
 * One complexity the candidate stated.
 *
 * @param dimension time or space
 * @param notation  normalised big-O, e.g. {@code O(n log n)}, {@code O(1)}, {@code O(n^2)}, {@code O(v + e)}
 * @param phrase    the words it was read from, white space collapsed: {@code O(N log N)}, {@code linear time}
 * @param alternative whether it describes an approach the candidate moved away from: stated in a sentence
 *                  about a brute-force, naive, initial or original approach, or right after "from"
 *                  ("from O(n^2) to O(n)")
 */
public record ComplexityClaim(ComplexityDimension dimension, String notation, String phrase, boolean alternative) {

    /** Checks the components. */
    public ComplexityClaim {
        Objects.requireNonNull(dimension, "dimension");
        Objects.requireNonNull(notation, "notation");
        Objects.requireNonNull(phrase, "phrase");
    }
}
