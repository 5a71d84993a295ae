package dev.maangtracker.core.analytics;

/** What the balance of "I" and "we" says about the candidate's own part in a story. */
public enum OwnershipVerdict {
    /** At least 60% of first-person references are "I"/"my"/"me". */
    STRONG,
    /** Between 30% and 60% are singular: own contribution and the team's both visible. */
    SHARED,
    /** Under 30% singular: told mostly as "we", the candidate's own part is unclear. */
    WEAK,
    /** No first-person reference at all. */
    NO_SIGNAL
}
