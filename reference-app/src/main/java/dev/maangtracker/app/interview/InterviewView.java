package dev.maangtracker.app.interview;

import dev.maangtracker.app.question.InterviewType;
import dev.maangtracker.core.interview.InterviewSession;
import dev.maangtracker.core.interview.SessionStatus;
import dev.maangtracker.core.question.Difficulty;
import java.time.Instant;
import java.util.UUID;

/**
 * An interview as the API shows it.
 *
 * @param id                       the interview's id
 * @param type                     CODING, SYSTEM_DESIGN, BEHAVIORAL or HR
 * @param status                   CREATED, IN_PROGRESS, PAUSED, COMPLETED or ABANDONED
 * @param difficulty               EASY, MEDIUM or HARD
 * @param targetRole               the role prepared for, or {@code null}
 * @param targetCompany            the company prepared for, or {@code null}
 * @param questionsAsked           how many questions have been asked
 * @param currentQuestionId        the question being answered, or {@code null} before the start
 * @param turnCount                how many turns the transcript holds
 * @param questionTimeLimitSeconds the time allowed per question
 * @param createdAt                when it was created
 * @param startedAt                when the first question was asked, or {@code null}
 * @param pausedAt                 when the current pause began, or {@code null}
 * @param endedAt                  when it was completed or abandoned, or {@code null}
 * @param hasReport                whether {@code GET /api/v1/interviews/{id}/report} has a report
 */
public record InterviewView(UUID id, InterviewType type, SessionStatus status, Difficulty difficulty,
        String targetRole, String targetCompany, int questionsAsked, String currentQuestionId, int turnCount,
        long questionTimeLimitSeconds, Instant createdAt, Instant startedAt, Instant pausedAt, Instant endedAt,
        boolean hasReport) {

    /** The view of a stored session. */
    public static InterviewView of(InterviewSession session) {
        return new InterviewView(session.id(), InterviewType.of(session.mode()), session.status(),
                session.difficulty(), session.targetRole(), session.targetCompany(),
                session.askedQuestionIds().size(), session.currentQuestionId(), session.turnCount(),
                session.questionTimeLimit().toSeconds(), session.createdAt(), session.startedAt(),
                session.pausedAt(), session.endedAt(), session.report() != null);
    }
}
