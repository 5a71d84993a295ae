package dev.maangtracker.core.evaluation;

import java.util.Objects;

/**
 * How well an answer covers one rubric point.
 *
 * @param point    the rubric point
 * @param credit   0 (absent) to 1 (clearly covered)
 * @param evidence the answer sentence closest to the point, or {@code null} when the answer is empty
 */
public record PointCoverage(RubricPoint point, double credit, String evidence) {

    /** Credit from which a point counts as covered. */
    public static final double COVERED = 0.5;

    /** Validates every field; see the component descriptions. */
    public PointCoverage {
        Objects.requireNonNull(point, "point");
        credit = Math.max(0, Math.min(1, credit));
    }

    /** Whether the point counts as covered. */
    public boolean covered() {
        return credit >= COVERED;
    }
}
