package dev.maangtracker.tracker.weakness;

/** What a recommendation asks the user to do. */
public enum RecommendationKind {
    /** Solve a roadmap problem. */
    PROBLEM,
    /** Study a system design concept. */
    CONCEPT,
    /** Practise a kind of interview question. */
    QUESTION_TYPE
}
