package dev.maangtracker.core.interview;

import dev.maangtracker.core.error.MaangException;

/**
 * A language model's reply could not be read as the structure asked for, even after one repair
 * attempt. The engine answers such a step with the offline interviewer.
 */
public final class InvalidModelOutputException extends MaangException {

    private static final long serialVersionUID = 1L;

    private InvalidModelOutputException(String message) {
        super(message);
    }

    /** What was expected and what was wrong with the reply (never the reply itself, which may be long). */
    public static InvalidModelOutputException of(String expected, String problem) {
        return new InvalidModelOutputException("model reply is not a valid " + expected + ": " + problem);
    }
}
