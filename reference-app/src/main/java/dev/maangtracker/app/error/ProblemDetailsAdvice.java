package dev.maangtracker.app.error;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.server.ServerWebExchange;

/**
 * Maps every exception a controller (or the dispatcher, for unknown routes and unsupported
 * methods or media types) raises to a problem response through {@link ProblemMapper}.
 */
@RestControllerAdvice
@Order(Ordered.LOWEST_PRECEDENCE)
public class ProblemDetailsAdvice {

    /** Every exception: the mapper decides status and text. */
    @ExceptionHandler(Exception.class)
    public ResponseEntity<ProblemDetail> handle(Exception error, ServerWebExchange exchange) {
        ProblemMapper.Problem problem = ProblemMapper.map(error, exchange);
        return ResponseEntity.status(problem.body().getStatus())
                .headers(problem.headers())
                .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .body(problem.body());
    }
}
