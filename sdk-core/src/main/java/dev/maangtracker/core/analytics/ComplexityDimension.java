package dev.maangtracker.core.analytics;

/** Which resource a stated complexity is about. */
public enum ComplexityDimension {
    /** Running time. */
    TIME,
    /** Memory (extra space). */
    SPACE
}
