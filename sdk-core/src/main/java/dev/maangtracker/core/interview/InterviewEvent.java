package dev.maangtracker.core.interview;

import dev.maangtracker.core.evaluation.AnswerEvaluation;
import dev.maangtracker.core.evaluation.InterviewReport;
import java.time.Instant;
import java.util.UUID;

/**
 * Something that happened in an interview session, published by the engine in order as it is
 * stored. A WebSocket or UI layer subscribes to a session's events instead of polling.
 *
 * <p>While a language model writes the interviewer's words, {@link TextStreamed} events carry them
 * piece by piece, before the step is stored; the step's own events ({@link InterviewerSpoke},
 * {@link FeedbackGiven}, {@link ReportReady}) then carry the final words, which supersede the streamed
 * ones. Streamed text that will not be stored is withdrawn with {@link TextDiscarded}. Text is
 * streamed only while the session has a subscriber, and never by an interviewer without a model.
 */
public sealed interface InterviewEvent {

    /** The session it happened in. */
    UUID sessionId();

    /** When it happened. */
    Instant at();

    /** The interviewer asked a new question, a follow-up or gave a hint (see the turn's kind). */
    record InterviewerSpoke(UUID sessionId, Instant at, Turn turn) implements InterviewEvent {
    }

    /** The candidate's answer was received and stored. */
    record AnswerReceived(UUID sessionId, Instant at, Turn turn) implements InterviewEvent {
    }

    /** An answer was evaluated; the turn carries the scores. */
    record FeedbackGiven(UUID sessionId, Instant at, Turn turn, AnswerEvaluation evaluation) implements InterviewEvent {
    }

    /** The session changed state: started, paused, resumed, completed or abandoned. */
    record StatusChanged(UUID sessionId, Instant at, SessionStatus from, SessionStatus to) implements InterviewEvent {
    }

    /** The session completed and its report is ready. */
    record ReportReady(UUID sessionId, Instant at, InterviewReport report) implements InterviewEvent {
    }

    /**
     * The next piece of the interviewer's words while the model writes them; see {@link ModelTextChunk}.
     * A subscriber that falls behind may miss pieces (events are not buffered per subscriber), so
     * treat the streamed text as a preview of the final words.
     */
    record TextStreamed(UUID sessionId, Instant at, ModelTextChunk chunk) implements InterviewEvent {
    }

    /**
     * The text streamed for {@code step} since it began, or since the step's previous discard, will
     * not be stored: the model's reply was invalid and is asked for again, or the model failed and the
     * offline interviewer answers the step, or the whole step failed (its error reaches the caller).
     */
    record TextDiscarded(UUID sessionId, Instant at, ModelStep step) implements InterviewEvent {
    }
}
