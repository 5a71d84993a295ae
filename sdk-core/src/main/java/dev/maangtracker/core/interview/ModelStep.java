package dev.maangtracker.core.interview;

/**
 * The interviewer calls whose words a language model writes, as named on streamed text
 * ({@link ModelTextChunk#step()}) and on its withdrawal ({@link ModelTextSink#discard}).
 */
public enum ModelStep {
    /** {@link Interviewer#nextQuestion}: the words of a new question. */
    QUESTION,
    /** {@link Interviewer#evaluate}: feedback on an answer and, when allowed, a follow-up question. */
    EVALUATION,
    /** {@link Interviewer#hint}: a hint on the current question. */
    HINT,
    /** {@link Interviewer#summarise}: the final report's strengths, weaknesses and recommendations. */
    SUMMARY
}
