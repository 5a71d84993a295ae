package dev.maangtracker.tracker.weakness;

import dev.maangtracker.core.question.CodingProblem;
import dev.maangtracker.core.question.QuestionBank;
import dev.maangtracker.core.question.SystemDesignPrompt;
import java.util.List;
import java.util.Objects;

/** Tells which topics an interview question exercises, so its score becomes evidence on them. */
@FunctionalInterface
public interface QuestionTopics {

    /** The topic slugs of a question; empty when unknown. */
    List<String> topicsOf(String questionId);

    /** Topics from the question bank: coding problems and system design prompts list theirs; others have none. */
    static QuestionTopics of(QuestionBank bank) {
        Objects.requireNonNull(bank, "bank");
        return id -> bank.findCodingProblem(id).map(CodingProblem::topics)
                .or(() -> bank.findSystemDesignPrompt(id).map(SystemDesignPrompt::topics))
                .orElse(List.of());
    }
}
