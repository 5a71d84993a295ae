package dev.maangtracker.tracker.review;

/** The kinds of item that share one spaced-repetition schedule (the {@code review_items.item_type} values). */
public enum ItemType {
    /** A coding problem, keyed by its catalog slug. */
    PROBLEM,
    /** A topic or system design concept, keyed by its catalog slug. */
    CONCEPT,
    /** A rubric dimension such as {@code TRADE_OFFS}, keyed by its name. */
    RUBRIC_DIMENSION,
    /** One of the user's behavioral stories, keyed by the user's name for it. */
    STORY
}
