package dev.maangtracker.core.judge;

/** The outcome of one test or of a whole submission. */
public enum Verdict {
    /** Every result matched. */
    ACCEPTED,
    /** A result differed from the expected value. */
    WRONG_ANSWER,
    /** A test ran longer than the time limit. */
    TIME_LIMIT_EXCEEDED,
    /** The program needed more memory than the limit. */
    MEMORY_LIMIT_EXCEEDED,
    /** The program printed more than the output limit. */
    OUTPUT_LIMIT_EXCEEDED,
    /** The program threw, crashed or exited early. */
    RUNTIME_ERROR,
    /** The code did not compile (for Python and JavaScript: did not parse). */
    COMPILATION_ERROR;

    /** Whether this verdict means the code passed. */
    public boolean passed() {
        return this == ACCEPTED;
    }
}
