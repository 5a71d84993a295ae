package dev.maangtracker.boot.model;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.Method;
import java.util.Optional;

/**
 * Tells a model failure worth retrying from one that would fail again. Retried: HTTP 429 (rate
 * limited) and 503 (overloaded), transport failures (I/O errors, the Gemini client's
 * {@code GenAiIOException}) and Spring AI's {@code TransientAiException}. Not retried: every other
 * HTTP status (400 bad request, 401/403 credentials, 404 model), timeouts (the attempt already used
 * its whole budget) and anything else. Classes are matched by name so any {@code ChatModel} works
 * without the Gemini client on the classpath.
 */
final class ModelFailures {

    /** HTTP statuses that say "later": too many requests, service unavailable. */
    static final int TOO_MANY_REQUESTS = 429;
    static final int SERVICE_UNAVAILABLE = 503;

    private static final String GENAI_API_EXCEPTION = "com.google.genai.errors.ApiException";
    private static final String GENAI_IO_EXCEPTION = "com.google.genai.errors.GenAiIOException";
    private static final String TRANSIENT_AI = "org.springframework.ai.retry.TransientAiException";
    private static final String NON_TRANSIENT_AI = "org.springframework.ai.retry.NonTransientAiException";
    private static final int MAX_CAUSES = 10;

    private ModelFailures() {
    }

    /** Whether the same call may succeed if tried again shortly. */
    static boolean isTransient(Throwable error) {
        Throwable current = error;
        for (int depth = 0; current != null && depth < MAX_CAUSES; depth++) {
            Optional<Integer> status = httpStatus(current);
            if (status.isPresent()) {
                return status.get() == TOO_MANY_REQUESTS || status.get() == SERVICE_UNAVAILABLE;
            }
            if (isA(current, NON_TRANSIENT_AI)) {
                return false;
            }
            if (isA(current, TRANSIENT_AI) || isA(current, GENAI_IO_EXCEPTION)
                    || current instanceof IOException || current instanceof UncheckedIOException) {
                return true;
            }
            current = current.getCause() == current ? null : current.getCause();
        }
        return false;
    }

    /** The HTTP status an error carries, when it is the Gemini client's API error. */
    static Optional<Integer> httpStatus(Throwable error) {
        if (!isA(error, GENAI_API_EXCEPTION)) {
            return Optional.empty();
        }
        try {
            Method code = error.getClass().getMethod("code");
            Object value = code.invoke(error);
            return value instanceof Integer status ? Optional.of(status) : Optional.empty();
        } catch (ReflectiveOperationException | RuntimeException e) {
            return Optional.empty();
        }
    }

    private static boolean isA(Throwable error, String className) {
        for (Class<?> type = error.getClass(); type != null; type = type.getSuperclass()) {
            if (type.getName().equals(className)) {
                return true;
            }
        }
        return false;
    }
}
