package dev.maangtracker.core.evaluation;

import java.util.List;

/**
 * What the rubric scorer found in one answer: the dimension scores and how each rubric point was
 * covered, before an interviewer turns it into feedback.
 *
 * @param overall      0 to 100, the weighted mean of the dimensions less penalties
 * @param dimensions   each dimension's score with evidence
 * @param coverage     each rubric point's coverage, in rubric order
 * @param redFlags     red flags the answer appears to raise, with the sentence that raised them
 * @param strengths    what was good
 * @param improvements what to do better
 */
public record RubricScore(int overall, List<DimensionScore> dimensions, List<PointCoverage> coverage,
                          List<String> redFlags, List<String> strengths, List<String> improvements) {

    /** Copies the lists. */
    public RubricScore {
        dimensions = List.copyOf(dimensions);
        coverage = List.copyOf(coverage);
        redFlags = List.copyOf(redFlags);
        strengths = List.copyOf(strengths);
        improvements = List.copyOf(improvements);
    }

    /** The rubric points covered, as text. */
    public List<String> coveredPoints() {
        return coverage.stream().filter(PointCoverage::covered).map(c -> c.point().text()).toList();
    }

    /** The rubric points missed, least covered first. */
    public List<PointCoverage> missed() {
        return coverage.stream().filter(c -> !c.covered())
                .sorted(java.util.Comparator.comparingDouble(PointCoverage::credit)).toList();
    }
}
