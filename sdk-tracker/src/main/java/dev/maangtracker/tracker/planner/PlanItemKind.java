package dev.maangtracker.tracker.planner;

/** Why an item is in a plan. */
public enum PlanItemKind {
    /** The item's FSRS review is due. */
    REVIEW,
    /** It targets an open weakness. */
    WEAKNESS,
    /** A new problem, next in prerequisite order. */
    NEW_PROBLEM,
    /** A new system design concept, next in topic order. */
    NEW_CONCEPT
}
