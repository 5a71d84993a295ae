package dev.maangtracker.tracker.activity;

/** What a user did. */
public enum ActivityType {
    /** Attempted a coding problem. */
    PROBLEM_ATTEMPT,
    /** Wrote or changed a note on a problem. */
    NOTE,
    /** Studied a system design concept. */
    CONCEPT_STUDY,
    /** Completed a mock interview. */
    INTERVIEW_COMPLETED,
    /** Reviewed an item of the spaced-repetition schedule. */
    REVIEW
}
