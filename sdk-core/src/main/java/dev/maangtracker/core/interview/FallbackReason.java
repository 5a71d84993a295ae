package dev.maangtracker.core.interview;

import dev.maangtracker.core.error.UnavailableException;
import java.util.concurrent.TimeoutException;

/** A short, client-safe reason for a fallback: the error's kind, never its message (which may hold hosts or keys). */
final class FallbackReason {

    private FallbackReason() {
    }

    static String of(Throwable error) {
        // A guarded model reports a timeout as UnavailableException with the TimeoutException as its cause.
        if (error instanceof TimeoutException || error.getCause() instanceof TimeoutException) {
            return "timed out";
        }
        if (error instanceof InvalidModelOutputException) {
            return "its reply was not valid after one repair";
        }
        if (error instanceof UnavailableException) {
            return "unavailable";
        }
        return "failed with " + error.getClass().getSimpleName();
    }
}
