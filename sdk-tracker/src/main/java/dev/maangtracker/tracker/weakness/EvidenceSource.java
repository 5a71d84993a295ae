package dev.maangtracker.tracker.weakness;

/** Where a piece of evidence came from. */
public enum EvidenceSource {
    /** A dimension score of a completed interview's report. */
    INTERVIEW_DIMENSION,
    /** The score of one question of a completed interview. */
    INTERVIEW_QUESTION,
    /** The evaluation of one answer (one turn) during an interview. */
    ANSWER,
    /** An attempt at a roadmap problem. */
    PROBLEM_ATTEMPT
}
