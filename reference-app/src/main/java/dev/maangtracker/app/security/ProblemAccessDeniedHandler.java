package dev.maangtracker.app.security;

import dev.maangtracker.app.error.ProblemMapper;
import dev.maangtracker.app.error.ProblemWriter;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.web.server.authorization.ServerAccessDeniedHandler;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

/** 403 as {@code application/problem+json}: authenticated, but the role does not allow it. */
final class ProblemAccessDeniedHandler implements ServerAccessDeniedHandler {

    private final ProblemWriter writer;

    ProblemAccessDeniedHandler(ProblemWriter writer) {
        this.writer = writer;
    }

    @Override
    public Mono<Void> handle(ServerWebExchange exchange, AccessDeniedException denied) {
        return writer.write(exchange,
                ProblemMapper.problem(HttpStatus.FORBIDDEN, "You are not allowed to do this.", exchange), new HttpHeaders());
    }
}
