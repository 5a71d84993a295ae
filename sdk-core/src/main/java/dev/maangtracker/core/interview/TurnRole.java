package dev.maangtracker.core.interview;

/** Who speaks in a turn. */
public enum TurnRole {
    /** The interviewer: questions, follow-ups, hints, feedback, the summary. */
    INTERVIEWER,
    /** The candidate's answers. */
    CANDIDATE,
    /** Notes the engine records, such as a fallback from the model to the offline interviewer. */
    SYSTEM
}
