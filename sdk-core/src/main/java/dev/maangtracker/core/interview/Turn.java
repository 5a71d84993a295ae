package dev.maangtracker.core.interview;

import dev.maangtracker.core.analytics.AnswerAnalytics;
import dev.maangtracker.core.error.InvalidInputException;
import dev.maangtracker.core.evaluation.AnswerEvaluation;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * One entry in an interview's conversation. Turns are append-only: once stored they never change.
 *
 * @param id         unique id
 * @param sessionId  the session it belongs to
 * @param sequence   position in the session, from 1, without gaps
 * @param role       who speaks
 * @param kind       what it is
 * @param questionId the question it concerns; {@code null} for the summary
 * @param text       the words said; never blank
 * @param code       code submitted with an answer, or {@code null}
 * @param language   the language of {@code code}, or {@code null}
 * @param evaluation the evaluation, on feedback turns; {@code null} otherwise
 * @param analytics  the answer's analytics, on answer turns; {@code null} otherwise
 * @param producedBy which interviewer or component produced it, e.g. {@code "rubric"}, {@code "llm"},
 *                   {@code "candidate"}
 * @param createdAt  when it was recorded
 */
public record Turn(UUID id, UUID sessionId, int sequence, TurnRole role, TurnKind kind, String questionId,
                   String text, String code, String language, AnswerEvaluation evaluation,
                   AnswerAnalytics analytics, String producedBy, Instant createdAt) {

    /** Longest turn text stored, in characters. */
    public static final int MAX_TEXT_CHARS = 40_000;

    /** Validates every field; see the component descriptions. */
    public Turn {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(sessionId, "sessionId");
        Objects.requireNonNull(role, "role");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(producedBy, "producedBy");
        Objects.requireNonNull(createdAt, "createdAt");
        if (sequence < 1) {
            throw InvalidInputException.of("sequence", "must be at least 1 (was " + sequence + ")");
        }
        if (text == null || text.isBlank()) {
            throw InvalidInputException.required("text");
        }
        if (text.length() > MAX_TEXT_CHARS) {
            throw InvalidInputException.tooLong("text", text.length(), MAX_TEXT_CHARS);
        }
    }
}
