package dev.maangtracker.core.error;

/**
 * Root of every exception the SDK throws on purpose. Unchecked; callers act on the subclass:
 * {@link NotFoundException}, {@link InvalidInputException}, {@link InvalidStateException},
 * {@link ConflictException} and {@link UnavailableException} (the only retriable one).
 *
 * <p>Messages are written for the person who sent the request: they name what was wrong and never
 * carry host paths, stack traces or secrets.
 */
public abstract class MaangException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** Creates the exception with a message for the caller. */
    protected MaangException(String message) {
        super(message);
    }

    /** Creates the exception with a message for the caller and the cause for the logs. */
    protected MaangException(String message, Throwable cause) {
        super(message, cause);
    }

    /** Whether the same call may succeed later unchanged (only {@link UnavailableException} says yes). */
    public boolean isRetriable() {
        return false;
    }
}
