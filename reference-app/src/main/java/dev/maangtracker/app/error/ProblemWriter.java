package dev.maangtracker.app.error;

import java.util.List;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.codec.HttpMessageWriter;
import org.springframework.http.codec.ServerCodecConfigurer;
import org.springframework.stereotype.Component;
import org.springframework.web.reactive.function.server.ServerResponse;
import org.springframework.web.reactive.result.view.ViewResolver;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

/**
 * Writes a problem straight to a response, for code that runs outside controllers (security's
 * entry point and access-denied handler, the error handler). Uses the application's own codecs,
 * so the JSON looks exactly like a controller's, and always answers
 * {@code application/problem+json} whatever the client accepts.
 */
@Component
public class ProblemWriter {

    private final ServerResponse.Context context;

    /** @param codecs the application's codecs */
    public ProblemWriter(ServerCodecConfigurer codecs) {
        List<HttpMessageWriter<?>> writers = codecs.getWriters();
        this.context = new ServerResponse.Context() {
            @Override
            public List<HttpMessageWriter<?>> messageWriters() {
                return writers;
            }

            @Override
            public List<ViewResolver> viewResolvers() {
                return List.of();
            }
        };
    }

    /** Writes the problem with its status and the extra headers. */
    public Mono<Void> write(ServerWebExchange exchange, ProblemDetail problem, HttpHeaders headers) {
        return ServerResponse.status(problem.getStatus())
                .headers(target -> target.addAll(headers))
                .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .bodyValue(problem)
                .flatMap(response -> response.writeTo(exchange, context));
    }
}
