package dev.maangtracker.boot.r2dbc;

import dev.maangtracker.core.error.InvalidInputException;
import dev.maangtracker.core.error.MaangException;
import dev.maangtracker.core.error.UnavailableException;
import io.r2dbc.spi.R2dbcException;
import io.r2dbc.spi.R2dbcNonTransientResourceException;
import io.r2dbc.spi.R2dbcTransientException;
import java.io.IOException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.QueryTimeoutException;
import org.springframework.dao.TransientDataAccessException;

/**
 * Turns what R2DBC and Spring's {@code DatabaseClient} signal into the SDK's typed errors, so a
 * caller of a repository sees the same exceptions whatever the store. Unique violations are left
 * to each repository (only it knows which field a unique index guards); everything else maps here:
 * check and foreign-key violations become {@link InvalidInputException} naming the constraint's
 * field, a database that cannot be reached becomes {@link UnavailableException}.
 */
public final class R2dbcErrors {

    /** The name the errors give the dependency. */
    public static final String DEPENDENCY = "PostgreSQL";

    private static final Pattern CONSTRAINT = Pattern.compile("constraint \"([^\"]+)\"");
    private static final Pattern SUFFIX = Pattern.compile("_(ck|fk|fkey|uq|key|pkey)$");

    private R2dbcErrors() {
    }

    /**
     * The typed error for a failure of a statement on {@code table}; typed errors pass through,
     * unknown errors (programming errors such as bad SQL) are returned unchanged.
     */
    public static Throwable translate(Throwable error, String table) {
        if (error instanceof MaangException) {
            return error;
        }
        if (isUnavailable(error)) {
            return UnavailableException.of(DEPENDENCY, error);
        }
        if (error instanceof DataIntegrityViolationException) {
            String message = rootMessage(error);
            return InvalidInputException.of(field(message, table), "violates " + constraint(message));
        }
        return error;
    }

    /** Whether the database could not be reached or did not answer in time. */
    public static boolean isUnavailable(Throwable error) {
        for (Throwable t = error; t != null; t = t.getCause()) {
            if (t instanceof DataAccessResourceFailureException || t instanceof QueryTimeoutException
                    || t instanceof TransientDataAccessException || t instanceof R2dbcTransientException
                    || t instanceof R2dbcNonTransientResourceException || t instanceof IOException) {
                return true;
            }
            if (t.getCause() == t) {
                break;
            }
        }
        return false;
    }

    /** The constraint a violation names, or "a constraint" when the message names none. */
    static String constraint(String message) {
        Matcher matcher = CONSTRAINT.matcher(message == null ? "" : message);
        return matcher.find() ? matcher.group(1) : "a constraint";
    }

    /**
     * The field a constraint guards: its name without the table prefix and the kind suffix
     * ({@code users_email_format_ck} on {@code users} gives {@code email_format}).
     */
    static String field(String message, String table) {
        String name = constraint(message);
        if (name.equals("a constraint")) {
            return table;
        }
        if (name.startsWith(table + "_")) {
            name = name.substring(table.length() + 1);
        }
        String field = SUFFIX.matcher(name).replaceFirst("");
        return field.isEmpty() ? table : field;
    }

    private static String rootMessage(Throwable error) {
        String message = error.getMessage();
        for (Throwable t = error; t != null && t.getCause() != t; t = t.getCause()) {
            if (t instanceof R2dbcException) {
                message = t.getMessage();
            }
        }
        return message;
    }
}
