package dev.maangtracker.app.interview;

import dev.maangtracker.app.question.CodingDetails;
import dev.maangtracker.core.interview.Turn;
import dev.maangtracker.core.interview.TurnKind;

/**
 * Something the interviewer asked or said: a question, a follow-up or a hint.
 *
 * @param id     the question it concerns (a follow-up or hint keeps its question's id)
 * @param kind   QUESTION, FOLLOW_UP or HINT
 * @param text   the words, as asked
 * @param turn   its sequence number in the transcript ({@code GET /api/v1/interviews/{id}/turns})
 * @param coding for coding questions: the function to write, examples and constraints; else {@code null}
 */
public record PromptView(String id, TurnKind kind, String text, int turn, CodingDetails coding) {

    /** The view of an interviewer's turn, with the coding details of its question when it has any. */
    static PromptView of(Turn turn, CodingDetails coding) {
        return new PromptView(turn.questionId(), turn.kind(), turn.text(), turn.sequence(), coding);
    }
}
