package dev.maangtracker.core.analytics;

import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * What a code explanation says about complexity and edge cases. Read from the answer text and from
 * the comments of the code, if any.
 *
 * @param timeComplexity  the final time complexity: the last one stated in the text that is not an
 *                        {@linkplain ComplexityClaim#alternative() alternative} (failing that, the last
 *                        alternative), or when the text states none, the same taken from the code comments
 * @param spaceComplexity the final space complexity, by the same rule
 * @param claims          every complexity statement: first those in the text, then those in code comments
 * @param edgeCases       the kinds of edge case mentioned in the text or the code comments
 */
public record CodeExplanation(Optional<String> timeComplexity, Optional<String> spaceComplexity,
        List<ComplexityClaim> claims, Set<EdgeCase> edgeCases) {

    /** Copies the collections. */
    public CodeExplanation {
        Objects.requireNonNull(timeComplexity, "timeComplexity");
        Objects.requireNonNull(spaceComplexity, "spaceComplexity");
        claims = List.copyOf(claims);
        edgeCases = Collections.unmodifiableSet(edgeCases.isEmpty() ? EnumSet.noneOf(EdgeCase.class) : EnumSet.copyOf(edgeCases));
    }
}
