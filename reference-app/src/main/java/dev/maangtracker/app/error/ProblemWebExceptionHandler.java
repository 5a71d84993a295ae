package dev.maangtracker.app.error;

import org.springframework.boot.webflux.error.ErrorWebExceptionHandler;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

/**
 * The last resort for errors that never reach a controller (filters, the body size limit, failures
 * while writing): the same problem responses as {@link ProblemDetailsAdvice}. Replaces Spring
 * Boot's default handler, which would answer with its own error JSON or an HTML page.
 */
@Component
@Order(-2)
public class ProblemWebExceptionHandler implements ErrorWebExceptionHandler {

    private final ProblemWriter writer;

    /** @param writer writes the problem with the application's codecs */
    public ProblemWebExceptionHandler(ProblemWriter writer) {
        this.writer = writer;
    }

    @Override
    public Mono<Void> handle(ServerWebExchange exchange, Throwable error) {
        if (exchange.getResponse().isCommitted()) {
            return Mono.error(error);
        }
        ProblemMapper.Problem problem = ProblemMapper.map(error, exchange);
        exchange.getResponse().getHeaders().remove(org.springframework.http.HttpHeaders.CONTENT_LENGTH);
        return writer.write(exchange, problem.body(), problem.headers());
    }
}
