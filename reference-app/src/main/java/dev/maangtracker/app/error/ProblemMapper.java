package dev.maangtracker.app.error;

import dev.maangtracker.app.web.RequestIdFilter;
import dev.maangtracker.core.error.ConflictException;
import dev.maangtracker.core.error.InvalidInputException;
import dev.maangtracker.core.error.InvalidStateException;
import dev.maangtracker.core.error.MaangException;
import dev.maangtracker.core.error.NotFoundException;
import dev.maangtracker.core.error.UnavailableException;
import java.net.URI;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.core.io.buffer.DataBufferLimitException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.validation.BindingResult;
import org.springframework.validation.ObjectError;
import org.springframework.validation.method.ParameterValidationResult;
import org.springframework.web.ErrorResponse;
import org.springframework.web.bind.support.WebExchangeBindException;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.reactive.resource.NoResourceFoundException;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.ServerWebInputException;
import tools.jackson.core.JacksonException;
import tools.jackson.core.exc.StreamReadException;
import tools.jackson.databind.exc.InvalidFormatException;
import tools.jackson.databind.exc.MismatchedInputException;

/**
 * Turns any exception into an RFC 9457 problem: status, a {@code detail} written for the client,
 * {@code instance} (the request path), {@code requestId}, and for bad input an {@code errors} list
 * naming the fields. Messages come only from our typed exceptions and from fixed texts here, never
 * from arbitrary exception messages, so no class name, stack frame or internal detail reaches a
 * client; anything unexpected becomes a 500 whose detail only quotes the request id, with the
 * exception logged.
 *
 * <p>The SDK's errors map as: {@link InvalidInputException} 400 (with the field),
 * {@link NotFoundException} 404, {@link ConflictException} 409, {@link InvalidStateException} 409
 * (the request conflicts with the resource's current state, RFC 9110 §15.5.10),
 * {@link UnavailableException} 503 with {@code Retry-After} when it carries one.
 */
public final class ProblemMapper {

    /** Property name of the request id in every problem. */
    public static final String REQUEST_ID = "requestId";
    /** Property name of the field errors of a 400. */
    public static final String ERRORS = "errors";

    private static final Logger log = LoggerFactory.getLogger(ProblemMapper.class);

    private ProblemMapper() {
    }

    /**
     * A problem with the status and a detail for the client, enriched with the exchange's path and
     * request id.
     */
    public static ProblemDetail problem(HttpStatusCode status, String detail, ServerWebExchange exchange) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        return enrich(problem, exchange);
    }

    /** The problem response for an exception, with any headers it needs ({@code Allow}, {@code Retry-After}). */
    public static Problem map(Throwable error, ServerWebExchange exchange) {
        Problem problem = classify(error, exchange);
        enrich(problem.body(), exchange);
        if (problem.body().getStatus() >= 500) {
            log.error("request {} {} {} failed [requestId={}]", exchange.getRequest().getMethod(),
                    exchange.getRequest().getPath().value(), problem.body().getStatus(),
                    RequestIdFilter.of(exchange), error);
        } else {
            log.debug("request {} {} answered {}: {}", exchange.getRequest().getMethod(),
                    exchange.getRequest().getPath().value(), problem.body().getStatus(), problem.body().getDetail());
        }
        return problem;
    }

    private static Problem classify(Throwable error, ServerWebExchange exchange) {
        MaangException typed = find(error, MaangException.class);
        if (typed != null && !(error instanceof ErrorResponse response && response.getStatusCode().value() != 400)) {
            return fromSdk(typed);
        }
        if (error instanceof WebExchangeBindException binding) {
            return validation(binding.getBindingResult().getAllErrors());
        }
        if (error instanceof HandlerMethodValidationException validation) {
            return methodValidation(validation);
        }
        if (find(error, DataBufferLimitException.class) != null) {
            return new Problem(ProblemDetail.forStatusAndDetail(HttpStatusCode.valueOf(413),
                    "The request body is larger than the limit."));
        }
        if (error instanceof ServerWebInputException input) {
            return unreadableInput(input);
        }
        if (error instanceof AuthenticationException) {
            HttpHeaders headers = new HttpHeaders();
            headers.set(HttpHeaders.WWW_AUTHENTICATE, "Bearer");
            return new Problem(ProblemDetail.forStatusAndDetail(HttpStatus.UNAUTHORIZED,
                    "Authentication is required."), headers);
        }
        if (error instanceof AccessDeniedException) {
            return new Problem(ProblemDetail.forStatusAndDetail(HttpStatus.FORBIDDEN,
                    "You are not allowed to do this."));
        }
        if (error instanceof NoResourceFoundException) {
            return new Problem(ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, "There is nothing at this path."));
        }
        if (error instanceof ErrorResponse response && response.getStatusCode().value() < 500) {
            ProblemDetail body = copy(response.getBody(), response.getStatusCode());
            return new Problem(body, response.getHeaders());
        }
        if (error instanceof ErrorResponse response && response.getStatusCode().value() == 503) {
            return new Problem(ProblemDetail.forStatusAndDetail(HttpStatus.SERVICE_UNAVAILABLE,
                    "The service is unavailable; try again later."), response.getHeaders());
        }
        return new Problem(ProblemDetail.forStatusAndDetail(HttpStatus.INTERNAL_SERVER_ERROR,
                "An unexpected error occurred. Quote requestId " + RequestIdFilter.of(exchange)
                        + " when reporting it."));
    }

    private static Problem fromSdk(MaangException error) {
        if (error instanceof InvalidInputException invalid) {
            ProblemDetail body = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, invalid.getMessage());
            body.setProperty(ERRORS, List.of(new FieldError(invalid.field(), invalid.rule())));
            return new Problem(body);
        }
        if (error instanceof NotFoundException) {
            return new Problem(ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, error.getMessage()));
        }
        if (error instanceof ConflictException || error instanceof InvalidStateException) {
            return new Problem(ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, error.getMessage()));
        }
        if (error instanceof UnavailableException unavailable) {
            HttpHeaders headers = new HttpHeaders();
            unavailable.retryAfter().ifPresent(after ->
                    headers.set(HttpHeaders.RETRY_AFTER, Long.toString(Math.max(1, after.toSeconds()))));
            return new Problem(ProblemDetail.forStatusAndDetail(HttpStatus.SERVICE_UNAVAILABLE, error.getMessage()),
                    headers);
        }
        // A subclass added to the SDK later: its message is still written for the caller.
        return new Problem(ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, error.getMessage()));
    }

    private static Problem validation(List<ObjectError> errors) {
        List<FieldError> fields = new ArrayList<>();
        for (ObjectError error : errors) {
            String field = error instanceof org.springframework.validation.FieldError fieldError
                    ? fieldError.getField() : error.getObjectName();
            fields.add(new FieldError(field, error.getDefaultMessage() == null ? "is invalid" : error.getDefaultMessage()));
        }
        return fields(fields);
    }

    /**
     * Constraints on handler parameters ({@code @Min} on a query parameter, say): the errors are
     * not {@link ObjectError}s but carry their parameter, which names the field.
     */
    private static Problem methodValidation(HandlerMethodValidationException validation) {
        List<FieldError> fields = new ArrayList<>();
        for (ParameterValidationResult result : validation.getParameterValidationResults()) {
            String parameter = result.getMethodParameter().getParameterName();
            for (MessageSourceResolvable error : result.getResolvableErrors()) {
                String field = error instanceof org.springframework.validation.FieldError fieldError
                        ? fieldError.getField() : parameter == null ? "request" : parameter;
                fields.add(new FieldError(field, error.getDefaultMessage() == null ? "is invalid"
                        : error.getDefaultMessage()));
            }
        }
        return fields(fields);
    }

    private static Problem fields(List<FieldError> fields) {
        fields.sort(Comparator.comparing(FieldError::field).thenComparing(FieldError::message));
        String names = fields.stream().map(FieldError::field).distinct().collect(Collectors.joining(", "));
        ProblemDetail body = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, "Invalid fields: " + names + ".");
        body.setProperty(ERRORS, fields);
        return new Problem(body);
    }

    private static Problem unreadableInput(ServerWebInputException input) {
        InvalidFormatException format = find(input, InvalidFormatException.class);
        if (format != null && format.getTargetType() != null && format.getTargetType().isEnum()) {
            String field = path(format);
            String allowed = Arrays.stream(format.getTargetType().getEnumConstants())
                    .map(constant -> ((Enum<?>) constant).name()).collect(Collectors.joining(", "));
            String message = "must be one of [" + allowed + "]";
            return badRequest(field + " " + message + ".", new FieldError(field, message));
        }
        MismatchedInputException mismatch = find(input, MismatchedInputException.class);
        if (mismatch != null && !mismatch.getPath().isEmpty()) {
            String field = path(mismatch);
            return badRequest(field + " has the wrong type.", new FieldError(field, "has the wrong type"));
        }
        if (mismatch != null) {
            return badRequest("The request body has the wrong shape: a JSON object is expected.", null);
        }
        if (find(input, StreamReadException.class) != null || find(input, JacksonException.class) != null) {
            return badRequest("The request body is not valid JSON.", null);
        }
        if (input.getMethodParameter() != null && input.getMethodParameter().getParameterName() != null
                && !input.getMethodParameter().hasParameterAnnotation(
                        org.springframework.web.bind.annotation.RequestBody.class)) {
            String name = input.getMethodParameter().getParameterName();
            return badRequest(name + " is missing or invalid.", new FieldError(name, "is missing or invalid"));
        }
        if (input.getReason() != null && input.getReason().startsWith("No request body")) {
            return badRequest("A request body is required.", null);
        }
        return badRequest("The request could not be read.", null);
    }

    private static Problem badRequest(String detail, FieldError field) {
        ProblemDetail body = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, detail);
        if (field != null) {
            body.setProperty(ERRORS, List.of(field));
        }
        return new Problem(body);
    }

    private static String path(JacksonException error) {
        StringBuilder path = new StringBuilder();
        for (JacksonException.Reference reference : error.getPath()) {
            if (reference.getPropertyName() != null) {
                if (!path.isEmpty()) {
                    path.append('.');
                }
                path.append(reference.getPropertyName());
            } else if (reference.getIndex() >= 0) {
                path.append('[').append(reference.getIndex()).append(']');
            }
        }
        return path.isEmpty() ? "body" : path.toString();
    }

    /** Only status, title, detail and properties of a framework problem are kept: no type or instance from it. */
    private static ProblemDetail copy(ProblemDetail source, HttpStatusCode status) {
        ProblemDetail copy = ProblemDetail.forStatus(status);
        copy.setDetail(source.getDetail());
        return copy;
    }

    private static ProblemDetail enrich(ProblemDetail problem, ServerWebExchange exchange) {
        if (problem.getInstance() == null) {
            try {
                problem.setInstance(URI.create(exchange.getRequest().getPath().value()));
            } catch (IllegalArgumentException unusual) {
                // An odd raw path is not worth failing the error response for.
            }
        }
        problem.setProperty(REQUEST_ID, RequestIdFilter.of(exchange));
        return problem;
    }

    private static <T extends Throwable> T find(Throwable error, Class<T> type) {
        for (Throwable current = error; current != null; current = current.getCause()) {
            if (type.isInstance(current)) {
                return type.cast(current);
            }
            if (current.getCause() == current) {
                break;
            }
        }
        return null;
    }

    /**
     * A problem body with the headers to send along.
     *
     * @param body    the problem
     * @param headers extra response headers, possibly empty
     */
    public record Problem(ProblemDetail body, HttpHeaders headers) {

        Problem(ProblemDetail body) {
            this(body, new HttpHeaders());
        }
    }
}
