package dev.maangtracker.app.question;

import dev.maangtracker.core.interview.InterviewQuestion;
import dev.maangtracker.core.question.Difficulty;
import java.util.List;

/**
 * A question's public side: what an interviewer would show a candidate. Rubrics, strong-answer
 * points, hints, hidden tests and reference complexities are never included.
 *
 * @param id         the question's id
 * @param type       CODING, SYSTEM_DESIGN, BEHAVIORAL or HR
 * @param difficulty EASY, MEDIUM or HARD
 * @param title      a short title
 * @param text       the question as asked
 * @param topics     roadmap topics or competencies it exercises
 * @param coding     for coding questions, the function to write and its examples; else {@code null}
 */
public record QuestionView(String id, InterviewType type, Difficulty difficulty, String title, String text,
        List<String> topics, CodingDetails coding) {

    /** The public view of a catalog question; {@code coding} from the bank for coding problems. */
    public static QuestionView of(InterviewQuestion question, String text, CodingDetails coding) {
        return new QuestionView(question.id(), InterviewType.of(question.mode()), question.difficulty(),
                question.title(), text, question.topics(), coding);
    }
}
