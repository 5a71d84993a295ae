package dev.maangtracker.core.question;

/** The kind of mock interview a question belongs to. */
public enum InterviewMode {
    /** Algorithmic problem solving with code that the judge runs. */
    CODING,
    /** Open-ended design of a large system, scored against a rubric. */
    SYSTEM_DESIGN,
    /** Past-experience questions answered as stories, scored against a rubric. */
    BEHAVIORAL,
    /** HR screening and communication questions: motivation, career, salary, explaining clearly. */
    HR
}
