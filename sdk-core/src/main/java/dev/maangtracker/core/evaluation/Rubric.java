package dev.maangtracker.core.evaluation;

import dev.maangtracker.core.error.InvalidInputException;
import dev.maangtracker.core.question.InterviewMode;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * What an answer to one question is judged against.
 *
 * @param mode      the interview mode, which decides the dimensions scored beyond the points
 * @param points    what a strong answer covers; at least one
 * @param redFlags  what a strong answer avoids; may be empty
 * @param keyPoints for coding: what a good explanation of the solution mentions; may be empty
 * @param referenceTimeComplexity  for coding: the expected time complexity, e.g. {@code "O(n)"}, or {@code null}
 * @param referenceSpaceComplexity for coding: the expected space complexity, or {@code null}
 */
public record Rubric(InterviewMode mode, List<RubricPoint> points, List<String> redFlags, List<String> keyPoints,
                     String referenceTimeComplexity, String referenceSpaceComplexity) {

    /** Validates every field; see the component descriptions. */
    public Rubric {
        Objects.requireNonNull(mode, "mode");
        points = List.copyOf(points);
        redFlags = List.copyOf(redFlags);
        keyPoints = List.copyOf(keyPoints);
        if (points.isEmpty()) {
            throw InvalidInputException.of("points", "a rubric needs at least one point");
        }
    }

    /** The dimensions the points are filed under, in first-seen order. */
    public Set<String> pointDimensions() {
        Set<String> dimensions = new LinkedHashSet<>();
        points.forEach(point -> dimensions.add(point.dimension()));
        return dimensions;
    }
}
