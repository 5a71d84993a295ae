package dev.maangtracker.core.analytics;

/** What kind of answer a text is; decides which parts of {@link AnswerAnalytics} apply. */
public enum AnswerKind {
    /** A general spoken or written answer (system design, HR, concept questions). */
    PROSE,
    /** A walk-through of a coding solution: complexity and edge cases are analysed. */
    CODE_EXPLANATION,
    /** A behavioural story ("tell me about a time..."): the STAR structure is analysed. */
    BEHAVIORAL_STORY
}
