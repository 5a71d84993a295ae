package dev.maangtracker.core.interview;

import dev.maangtracker.core.error.InvalidInputException;
import dev.maangtracker.core.evaluation.Rubric;
import dev.maangtracker.core.question.Difficulty;
import dev.maangtracker.core.question.InterviewMode;
import java.util.List;
import java.util.Objects;

/**
 * A question as the engine uses it, whatever bank entry it came from (coding problem, behavioral
 * or HR question, system design prompt).
 *
 * @param id         the bank entry's id
 * @param mode       the interview mode it belongs to
 * @param difficulty its level
 * @param title      a short title
 * @param text       the full question as it is asked
 * @param topics     topic slugs or competencies it exercises, for targeting weaknesses
 * @param rubric     what the answer is judged against
 * @param hints      hints from gentle to near-solution; may be empty
 * @param followUps  follow-up questions the bank suggests; may be empty
 */
public record InterviewQuestion(String id, InterviewMode mode, Difficulty difficulty, String title, String text,
                                List<String> topics, Rubric rubric, List<String> hints, List<String> followUps) {

    /** Validates every field; see the component descriptions. */
    public InterviewQuestion {
        Objects.requireNonNull(mode, "mode");
        Objects.requireNonNull(difficulty, "difficulty");
        Objects.requireNonNull(rubric, "rubric");
        if (id == null || id.isBlank()) {
            throw InvalidInputException.required("id");
        }
        if (text == null || text.isBlank()) {
            throw InvalidInputException.required("text");
        }
        title = title == null || title.isBlank() ? id : title;
        topics = List.copyOf(topics);
        hints = List.copyOf(hints);
        followUps = List.copyOf(followUps);
    }
}
