package dev.maangtracker.app.live;

import dev.maangtracker.core.error.ConflictException;
import dev.maangtracker.core.error.InvalidInputException;
import dev.maangtracker.core.error.InvalidStateException;
import dev.maangtracker.core.error.MaangException;
import dev.maangtracker.core.error.NotFoundException;
import dev.maangtracker.core.error.UnavailableException;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;

/**
 * Turns a failed frame into an {@code interview:error} payload with the status the API gives the
 * same mistake (see {@code ProblemMapper}): invalid input 400 naming the field, not found 404,
 * conflict and invalid state 409, unavailable 503. Messages come only from our typed exceptions;
 * anything else is a 500 that quotes an error id, with the exception logged under it.
 */
final class SocketProblems {

    private static final Logger log = LoggerFactory.getLogger(SocketProblems.class);

    private SocketProblems() {
    }

    static LivePayloads.Error of(Throwable error, UUID interviewId) {
        if (error instanceof InvalidInputException invalid) {
            return problem(HttpStatus.BAD_REQUEST, invalid.getMessage(), invalid.field());
        }
        if (error instanceof NotFoundException) {
            return problem(HttpStatus.NOT_FOUND, error.getMessage(), null);
        }
        if (error instanceof ConflictException || error instanceof InvalidStateException) {
            return problem(HttpStatus.CONFLICT, error.getMessage(), null);
        }
        if (error instanceof UnavailableException) {
            return problem(HttpStatus.SERVICE_UNAVAILABLE, error.getMessage(), null);
        }
        if (error instanceof MaangException) {
            return problem(HttpStatus.BAD_REQUEST, error.getMessage(), null);
        }
        String errorId = UUID.randomUUID().toString();
        log.error("live interview {} failed a frame [errorId={}]", interviewId, errorId, error);
        return problem(HttpStatus.INTERNAL_SERVER_ERROR,
                "An unexpected error occurred. Quote errorId " + errorId + " when reporting it.", null);
    }

    static LivePayloads.Error problem(HttpStatus status, String detail, String field) {
        return new LivePayloads.Error(status.value(), status.getReasonPhrase(), detail, field);
    }
}
