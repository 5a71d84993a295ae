package dev.maangtracker.app.question;

/**
 * A question picked for the caller.
 *
 * @param question   the question; {@code text} may be the model's phrasing of it
 * @param producedBy who picked and phrased it: {@code rubric} (the offline selector) or {@code llm:<model>}
 */
public record GeneratedQuestion(QuestionView question, String producedBy) {
}
