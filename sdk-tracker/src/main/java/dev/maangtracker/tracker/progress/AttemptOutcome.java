package dev.maangtracker.tracker.progress;

/** How an attempt ended. */
public enum AttemptOutcome {
    /** Fully solved: all tests pass. */
    SOLVED,
    /** Partly solved: some tests pass or the approach was right but unfinished. */
    PARTIAL,
    /** Not solved. */
    FAILED
}
