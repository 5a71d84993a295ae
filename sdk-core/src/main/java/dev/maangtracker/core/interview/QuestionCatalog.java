package dev.maangtracker.core.interview;

import dev.maangtracker.core.question.InterviewMode;
import java.util.List;
import java.util.Optional;

/**
 * The questions interviews draw from, as the engine uses them. {@link BankQuestionCatalog} adapts
 * the shipped (and user-supplied) question bank. Implementations are immutable and thread-safe.
 */
public interface QuestionCatalog {

    /** The question with this id, if the catalog has it. */
    Optional<InterviewQuestion> find(String id);

    /** Every question of a mode, in a stable order. */
    List<InterviewQuestion> byMode(InterviewMode mode);
}
