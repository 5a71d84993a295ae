package dev.maangtracker.core.evaluation;

import dev.maangtracker.core.error.InvalidInputException;

/**
 * How cosine similarity between a rubric point and an answer sentence becomes coverage credit:
 * nothing at or below {@code floor}, full credit at or above {@code ceiling}, linear between. The
 * scale depends on the embedder: lexical hashing vectors give lower similarities than a neural
 * sentence model for the same paraphrase.
 *
 * @param floor   similarity that earns no credit, 0 to 1
 * @param ceiling similarity that earns full credit, above {@code floor}, at most 1
 */
public record CoverageCalibration(double floor, double ceiling) {

    /** For {@link dev.maangtracker.core.embedding.HashingEmbedder}. */
    public static final CoverageCalibration HASHING = new CoverageCalibration(0.06, 0.36);
    /** For all-MiniLM-L6-v2 sentence embeddings. */
    public static final CoverageCalibration MINILM = new CoverageCalibration(0.25, 0.62);

    /** Validates every field; see the component descriptions. */
    public CoverageCalibration {
        if (!(floor >= 0 && floor < 1)) {
            throw InvalidInputException.outOfRange("floor", floor, 0, 1);
        }
        if (!(ceiling > floor && ceiling <= 1)) {
            throw InvalidInputException.of("ceiling", "must be above the floor and at most 1 (was " + ceiling + ")");
        }
    }

    /** Credit 0 to 1 for a similarity. */
    public double credit(double similarity) {
        return Math.max(0, Math.min(1, (similarity - floor) / (ceiling - floor)));
    }
}
