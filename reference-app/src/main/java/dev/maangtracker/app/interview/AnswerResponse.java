package dev.maangtracker.app.interview;

import dev.maangtracker.app.judge.VerdictsView;
import dev.maangtracker.core.interview.SessionStatus;

/**
 * What answering produced.
 *
 * @param status    the interview's status (still IN_PROGRESS: {@code complete} ends it)
 * @param turn      the answer's sequence number in the transcript
 * @param feedback  the interviewer's feedback
 * @param scores    overall and per-dimension scores with evidence quotes
 * @param analytics how the answer was delivered
 * @param verdicts  when the answer's code ran: the verdict of each test; {@code null} otherwise
 * @param next      the follow-up or next question; {@code null} when every question is done
 * @param finished  whether every question is done: call {@code complete} for the report
 */
public record AnswerResponse(SessionStatus status, int turn, FeedbackView feedback, ScoresView scores,
        AnalyticsView analytics, VerdictsView verdicts, PromptView next, boolean finished) {
}
