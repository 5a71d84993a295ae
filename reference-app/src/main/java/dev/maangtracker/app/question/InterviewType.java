package dev.maangtracker.app.question;

import dev.maangtracker.core.error.InvalidInputException;
import dev.maangtracker.core.question.InterviewMode;
import java.util.Arrays;

/**
 * The API's name for an interview mode. The contract's names happen to equal the engine's today;
 * keeping them apart lets the engine rename a mode without changing the API.
 */
public enum InterviewType {
    /** Algorithms: explain, code, and the code is judged. */
    CODING(InterviewMode.CODING),
    /** Designing a large system. */
    SYSTEM_DESIGN(InterviewMode.SYSTEM_DESIGN),
    /** Stories about past work (STAR). */
    BEHAVIORAL(InterviewMode.BEHAVIORAL),
    /** Motivation, communication, salary and the like. */
    HR(InterviewMode.HR);

    private final InterviewMode mode;

    InterviewType(InterviewMode mode) {
        this.mode = mode;
    }

    /** The engine's mode. */
    public InterviewMode mode() {
        return mode;
    }

    /** The API name of an engine mode. */
    public static InterviewType of(InterviewMode mode) {
        for (InterviewType type : values()) {
            if (type.mode == mode) {
                return type;
            }
        }
        throw new IllegalStateException("no API name for interview mode " + mode);
    }

    /**
     * The type named by a query or path parameter, in any case.
     *
     * @throws InvalidInputException naming the parameter and the allowed values
     */
    public static InterviewType parse(String field, String value) {
        for (InterviewType type : values()) {
            if (value != null && type.name().equalsIgnoreCase(value.strip())) {
                return type;
            }
        }
        throw InvalidInputException.of(field, "must be one of " + Arrays.toString(values()));
    }
}
