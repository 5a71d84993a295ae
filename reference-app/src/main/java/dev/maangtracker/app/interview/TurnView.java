package dev.maangtracker.app.interview;

import dev.maangtracker.core.interview.Turn;
import dev.maangtracker.core.interview.TurnKind;
import dev.maangtracker.core.interview.TurnRole;
import java.time.Instant;
import java.util.UUID;

/**
 * One entry of the transcript.
 *
 * @param id         the turn's id
 * @param sequence   its position, from 1 (the report's {@code turn} links here)
 * @param role       INTERVIEWER, CANDIDATE or SYSTEM
 * @param kind       QUESTION, FOLLOW_UP, HINT, ANSWER, FEEDBACK or SUMMARY
 * @param questionId the question it concerns; {@code null} for the summary
 * @param text       the words
 * @param code       code sent with an answer, or {@code null}
 * @param language   its language, or {@code null}
 * @param scores     on feedback turns, the answer's scores; else {@code null}
 * @param analytics  on answer turns, how it was delivered; else {@code null}
 * @param producedBy {@code candidate}, {@code rubric}, {@code llm:<model>} or {@code engine}
 * @param createdAt  when it was recorded
 */
public record TurnView(UUID id, int sequence, TurnRole role, TurnKind kind, String questionId, String text,
        String code, String language, ScoresView scores, AnalyticsView analytics, String producedBy,
        Instant createdAt) {

    static TurnView of(Turn turn) {
        return new TurnView(turn.id(), turn.sequence(), turn.role(), turn.kind(), turn.questionId(), turn.text(),
                turn.code(), turn.language(), turn.evaluation() == null ? null : ScoresView.of(turn.evaluation()),
                turn.analytics() == null ? null : AnalyticsView.of(turn.analytics()), turn.producedBy(),
                turn.createdAt());
    }
}
