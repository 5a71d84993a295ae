package dev.maangtracker.app.interview;

import dev.maangtracker.core.interview.SessionStatus;

/**
 * A hint on the current question; each one costs points on the answer's score.
 *
 * @param status the interview's status
 * @param hint   the hint (kind HINT), with the question's id
 */
public record HintResponse(SessionStatus status, PromptView hint) {
}
