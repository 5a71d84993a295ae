package dev.maangtracker.app.error;

/**
 * One entry of a problem's {@code errors} list: which input field was wrong and why.
 *
 * @param field   the field's name as the client sent it, e.g. {@code "email"} or {@code "items[2].name"}
 * @param message what it must be, e.g. {@code "must not be blank"}
 */
public record FieldError(String field, String message) {
}
