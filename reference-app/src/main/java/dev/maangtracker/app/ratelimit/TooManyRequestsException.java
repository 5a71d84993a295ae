package dev.maangtracker.app.ratelimit;

import java.time.Duration;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/** 429 Too Many Requests with {@code Retry-After} in whole seconds (at least 1). */
public final class TooManyRequestsException extends ErrorResponseException {

    private static final long serialVersionUID = 1L;

    /**
     * @param detail     what was limited, for the client
     * @param retryAfter when a request will be allowed again
     */
    public TooManyRequestsException(String detail, Duration retryAfter) {
        super(HttpStatus.TOO_MANY_REQUESTS, ProblemDetail.forStatusAndDetail(HttpStatus.TOO_MANY_REQUESTS,
                detail + " Try again in " + seconds(retryAfter) + " s."), null);
        getHeaders().set(HttpHeaders.RETRY_AFTER, Long.toString(seconds(retryAfter)));
    }

    static long seconds(Duration retryAfter) {
        // Round up: a client that waits the advertised time must find a token.
        long millis = Math.max(0, retryAfter.toMillis());
        return Math.max(1, (millis + 999) / 1000);
    }
}
