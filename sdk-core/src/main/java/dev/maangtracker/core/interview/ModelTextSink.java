package dev.maangtracker.core.interview;

/**
 * Receives an interviewer's words while a language model writes them ({@link Interviewer#streamingTo}).
 * The engine implements it to publish {@link InterviewEvent.TextStreamed} and
 * {@link InterviewEvent.TextDiscarded}; an application calling an interviewer directly may pass its own.
 *
 * <p>Calls for one interviewer call come in order from the thread the model's reply arrives on, never
 * at the same time; they must return quickly and must not block. An exception thrown here does not
 * change the interview: the interviewer stops streaming to this sink and logs it.
 */
public interface ModelTextSink {

    /** The next piece of text of a step. */
    void text(ModelTextChunk chunk);

    /**
     * Everything sent for the step since it began, or since its last discard, will not be used: the
     * reply was invalid and is being asked for again, or the step failed. A step may stream again after
     * a discard (the repaired reply). Calling it when nothing was sent is harmless.
     */
    void discard(ModelStep step);

    /** A sink that ignores everything. */
    static ModelTextSink none() {
        return SilentTextSink.INSTANCE;
    }
}
