package dev.maangtracker.core.judge;

/** Which of a problem's tests a submission runs. */
public enum TestSelection {
    /** Only the tests shown to the candidate ("run"). */
    VISIBLE,
    /** Visible then hidden tests ("submit"); hidden tests decide acceptance. */
    ALL
}
