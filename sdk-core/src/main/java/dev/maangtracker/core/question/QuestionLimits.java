package dev.maangtracker.core.question;

/**
 * Size limits shared by every kind of question; the limits specific to one kind are constants of its record. Entries
 * that break a limit are rejected with an {@link dev.maangtracker.core.error.InvalidInputException}.
 */
public final class QuestionLimits {

    /** Longest identifier of an entry, in characters. Identifiers are kebab-case: {@code [a-z0-9]+(-[a-z0-9]+)*}. */
    public static final int MAX_ID_LENGTH = 64;

    /** Longest topic, competency or tag slug, in characters; slugs are kebab-case like identifiers. */
    public static final int MAX_SLUG_LENGTH = 40;

    /** Longest title, in characters. */
    public static final int MAX_TITLE_LENGTH = 120;

    /** Longest body text (problem statement, design prompt, question text), in characters. */
    public static final int MAX_TEXT_LENGTH = 10_000;

    /** Longest list item (constraint, hint, key point, follow-up, rubric item, red flag), in characters. */
    public static final int MAX_ITEM_LENGTH = 300;

    /** Most items in any list of an entry (hints, constraints, topics, follow-ups, ...). */
    public static final int MAX_LIST_SIZE = 50;

    private QuestionLimits() {
    }
}
