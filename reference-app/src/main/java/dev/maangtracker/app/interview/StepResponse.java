package dev.maangtracker.app.interview;

import dev.maangtracker.core.interview.SessionStatus;

/**
 * The answer of {@code start}: the interview's status and the first question.
 *
 * @param status   the interview's status after the step
 * @param question the question asked
 */
public record StepResponse(SessionStatus status, PromptView question) {
}
