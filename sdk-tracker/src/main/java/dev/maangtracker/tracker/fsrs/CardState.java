package dev.maangtracker.tracker.fsrs;

/** Where an item is in the FSRS life cycle. */
public enum CardState {
    /** Never reviewed. */
    NEW,
    /** Being learnt for the first time: short learning steps. */
    LEARNING,
    /** Learnt: scheduled in days by its stability. */
    REVIEW,
    /** Forgotten after being learnt: short relearning steps. */
    RELEARNING
}
