package dev.maangtracker.core.question;

/**
 * What every entry of the bank has in common, so that an interview can pick questions of any kind. Implementations
 * are immutable records.
 */
public sealed interface Question permits CodingProblem, BehavioralQuestion, SystemDesignPrompt {

    /** The entry's kebab-case identifier, unique among the entries of the same kind. */
    String id();

    /** The interview mode this question is asked in. */
    InterviewMode mode();

    /** How hard the question is. */
    Difficulty difficulty();
}
