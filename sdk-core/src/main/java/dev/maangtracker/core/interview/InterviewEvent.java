package dev.maangtracker.core.interview;

import dev.maangtracker.core.evaluation.AnswerEvaluation;
import dev.maangtracker.core.evaluation.InterviewReport;
import java.time.Instant;
import java.util.UUID;

/**
 * Something that happened in an interview session, published by the engine in order as it is
 * stored. A WebSocket or UI layer subscribes to a session's events instead of polling.
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
}
