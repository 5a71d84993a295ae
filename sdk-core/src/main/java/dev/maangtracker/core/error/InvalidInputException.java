package dev.maangtracker.core.error;

import java.util.Objects;

/** A value the caller sent breaks a rule; names the field and the rule (or limit) it broke. */
public final class InvalidInputException extends MaangException {

    private static final long serialVersionUID = 1L;

    private final String field;
    private final String rule;

    private InvalidInputException(String field, String rule) {
        super(field + " " + rule);
        this.field = field;
        this.rule = rule;
    }

    /**
     * A field that breaks a rule stated in words.
     *
     * @param field the input's name as the caller knows it, e.g. {@code "answer"}
     * @param rule  what it must be, e.g. {@code "must not be blank"}
     */
    public static InvalidInputException of(String field, String rule) {
        return new InvalidInputException(Objects.requireNonNull(field, "field"), Objects.requireNonNull(rule, "rule"));
    }

    /** A required field that was missing or blank. */
    public static InvalidInputException required(String field) {
        return of(field, "is required");
    }

    /** A number outside its closed range. */
    public static InvalidInputException outOfRange(String field, Number actual, Number min, Number max) {
        return of(field, "must be between " + min + " and " + max + " (was " + actual + ")");
    }

    /** A text or collection longer than its limit. */
    public static InvalidInputException tooLong(String field, long actual, long limit) {
        return of(field, "must be at most " + limit + " long (was " + actual + ")");
    }

    /** The input's name as the caller knows it. */
    public String field() {
        return field;
    }

    /** The rule or limit it broke. */
    public String rule() {
        return rule;
    }
}
