package dev.maangtracker.core.interview;

/** What a turn is. */
public enum TurnKind {
    /** A new question. */
    QUESTION,
    /** A follow-up on the current question. */
    FOLLOW_UP,
    /** A hint on the current question. */
    HINT,
    /** The candidate's answer. */
    ANSWER,
    /** Evaluation of an answer: scores, evidence, advice. */
    FEEDBACK,
    /** The closing summary of the session. */
    SUMMARY
}
