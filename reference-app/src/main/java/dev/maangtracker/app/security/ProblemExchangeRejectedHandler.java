package dev.maangtracker.app.security;

import dev.maangtracker.app.error.ProblemMapper;
import dev.maangtracker.app.error.ProblemWriter;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.security.web.server.firewall.ServerExchangeRejectedException;
import org.springframework.security.web.server.firewall.ServerExchangeRejectedHandler;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

/**
 * 400 problem for requests Spring Security's firewall refuses (path traversal such as {@code ..},
 * encoded slashes, semicolons, odd header values), instead of its bare status. The detail does not
 * repeat which rule matched.
 */
final class ProblemExchangeRejectedHandler implements ServerExchangeRejectedHandler {

    private final ProblemWriter writer;

    ProblemExchangeRejectedHandler(ProblemWriter writer) {
        this.writer = writer;
    }

    @Override
    public Mono<Void> handle(ServerWebExchange exchange, ServerExchangeRejectedException rejected) {
        return writer.write(exchange, ProblemMapper.problem(HttpStatus.BAD_REQUEST,
                "The request was rejected: its path or headers are not allowed.", exchange), new HttpHeaders());
    }
}
