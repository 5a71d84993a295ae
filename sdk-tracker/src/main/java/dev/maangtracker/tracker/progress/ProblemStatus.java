package dev.maangtracker.tracker.progress;

/**
 * How far a user is with one problem (or system design concept), in increasing order; derived from the attempts, and
 * never lowered by a later attempt.
 */
public enum ProblemStatus {
    /** Not attempted yet. */
    TODO(0.0),
    /** Attempted, never solved. */
    ATTEMPTED(0.25),
    /** Solved at least once. */
    SOLVED(0.75),
    /** Solved cleanly (no hints) at least twice; kept whatever later attempts bring. */
    MASTERED(1.0);

    private final double weight;

    ProblemStatus(double weight) {
        this.weight = weight;
    }

    /** How much the status counts towards progress, 0 to 1. */
    public double weight() {
        return weight;
    }
}
