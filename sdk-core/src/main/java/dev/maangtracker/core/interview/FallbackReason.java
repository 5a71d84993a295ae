package dev.maangtracker.core.interview;

import dev.maangtracker.core.error.UnavailableException;
import java.util.concurrent.TimeoutException;

/** A short, client-safe reason for a fallback: the error's kind, never its message (which may hold hosts or keys). */
final class FallbackReason {

    private FallbackReason() {
    }

    static String of(Throwable error) {
        if (error instanceof TimeoutException) {
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
