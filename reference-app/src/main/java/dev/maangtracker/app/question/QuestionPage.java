package dev.maangtracker.app.question;

import java.util.List;

/**
 * One page of questions.
 *
 * @param type   the type listed
 * @param total  how many questions match
 * @param offset the first one's position
 * @param limit  the page size asked
 * @param items  the questions, in the bank's stable order (by id)
 */
public record QuestionPage(InterviewType type, int total, int offset, int limit, List<QuestionView> items) {
}
