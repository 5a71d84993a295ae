package dev.maangtracker.app.analytics;

import dev.maangtracker.core.interview.InterviewSession;
import dev.maangtracker.core.interview.SessionStatus;
import dev.maangtracker.core.question.Difficulty;
import dev.maangtracker.core.question.InterviewMode;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

/**
 * One interview of the caller with its scores.
 *
 * @param id           the session id
 * @param type         coding, system design, behavioral or HR
 * @param difficulty   the difficulty asked for
 * @param status       where it is in its life cycle
 * @param createdAt    when it was created
 * @param endedAt      when it ended, or {@code null}
 * @param overallScore 0 to 100 once completed, {@code null} before
 * @param dimensions   each rubric dimension's score once completed, empty before
 */
public record InterviewSummary(UUID id, InterviewMode type, Difficulty difficulty, SessionStatus status,
                               Instant createdAt, Instant endedAt, Integer overallScore,
                               Map<String, Integer> dimensions) {

    static InterviewSummary of(InterviewSession session) {
        Map<String, Integer> dimensions = new LinkedHashMap<>();
        if (session.report() != null) {
            session.report().dimensions().forEach(d -> dimensions.put(d.dimension(), d.score()));
        }
        return new InterviewSummary(session.id(), session.mode(), session.difficulty(), session.status(),
                session.createdAt(), session.endedAt(),
                session.report() == null ? null : session.report().overallScore(), dimensions);
    }
}
