package dev.maangtracker.core.analytics;

/** The four parts of a well-told behavioural story. */
public enum StarComponent {
    /** The context: where, when, what was going on. */
    SITUATION,
    /** What the candidate had to achieve or was responsible for. */
    TASK,
    /** What the candidate personally did. */
    ACTION,
    /** What came of it, ideally measured. */
    RESULT
}
