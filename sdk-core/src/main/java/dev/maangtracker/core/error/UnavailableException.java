package dev.maangtracker.core.error;

import java.time.Duration;
import java.util.Optional;

/**
 * A dependency (model, database, judge queue) cannot serve now; the same call may succeed later.
 * The cause, when there is one, is kept for the logs only.
 */
public final class UnavailableException extends MaangException {

    private static final long serialVersionUID = 1L;

    private final transient Duration retryAfter;

    private UnavailableException(String message, Duration retryAfter, Throwable cause) {
        super(message, cause);
        this.retryAfter = retryAfter;
    }

    /** A dependency that failed or did not answer. */
    public static UnavailableException of(String dependency, Throwable cause) {
        return new UnavailableException(dependency + " is unavailable; try again later", null, cause);
    }

    /** A bounded resource that is full, with a hint of when to come back. */
    public static UnavailableException busy(String resource, Duration retryAfter) {
        return new UnavailableException(resource + " is busy; try again in " + Math.max(1, retryAfter.toSeconds()) + " s",
                retryAfter, null);
    }

    @Override
    public boolean isRetriable() {
        return true;
    }

    /** When to try again, if the thrower knows. */
    public Optional<Duration> retryAfter() {
        return Optional.ofNullable(retryAfter);
    }
}
