package dev.maangtracker.core.analytics;

/** How a speaking pace compares with the good band of {@link AnalyticsSettings} (110–170 wpm by default). */
public enum PaceVerdict {
    /** Below the band: long pauses or hesitation. */
    TOO_SLOW,
    /** Inside the band, both ends included. */
    GOOD,
    /** Above the band: hard to follow. */
    TOO_FAST
}
