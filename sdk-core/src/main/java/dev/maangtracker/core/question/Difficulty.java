package dev.maangtracker.core.question;

/** How hard a question is for a candidate interviewing at a large tech company. */
public enum Difficulty {
    /** Warm-up level: one well-known idea, few edge cases. */
    EASY,
    /** Typical interview level: combines an idea with careful edge-case handling. */
    MEDIUM,
    /** Demanding: a less obvious idea or several ideas combined. */
    HARD
}
