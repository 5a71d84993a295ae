package dev.maangtracker.tracker.progress;

/** How far a user is with one problem (or system design concept). */
public enum ProblemStatus {
    /** Not attempted yet. */
    TODO(0.0),
    /** Attempted, never solved. */
    ATTEMPTED(0.25),
    /** Solved at least once. */
    SOLVED(0.75),
    /** Solved cleanly (no hints) at least twice, and the latest attempt succeeded. */
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
