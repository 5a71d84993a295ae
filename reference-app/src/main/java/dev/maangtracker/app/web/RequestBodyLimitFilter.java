package dev.maangtracker.app.web;

import java.util.concurrent.atomic.AtomicLong;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.core.io.buffer.DataBufferUtils;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.http.server.reactive.ServerHttpRequestDecorator;
import org.springframework.util.unit.DataSize;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Refuses request bodies above a limit with 413 Content Too Large: at once when
 * {@code Content-Length} announces too much, and while reading when a chunked body grows past it,
 * so no handler ever buffers an oversized body. Runs right after {@link RequestIdFilter}, before
 * authentication.
 */
@Order(Ordered.HIGHEST_PRECEDENCE + 1)
public final class RequestBodyLimitFilter implements WebFilter {

    private final long limit;

    /** @param limit the largest body accepted */
    public RequestBodyLimitFilter(DataSize limit) {
        this.limit = limit.toBytes();
    }

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
        long announced = exchange.getRequest().getHeaders().getContentLength();
        if (announced > limit) {
            return Mono.error(tooLarge());
        }
        ServerHttpRequest limited = new ServerHttpRequestDecorator(exchange.getRequest()) {
            @Override
            public Flux<DataBuffer> getBody() {
                AtomicLong seen = new AtomicLong();
                return super.getBody().handle((buffer, sink) -> {
                    if (seen.addAndGet(buffer.readableByteCount()) > limit) {
                        DataBufferUtils.release(buffer);
                        sink.error(tooLarge());
                    } else {
                        sink.next(buffer);
                    }
                });
            }
        };
        return chain.filter(exchange.mutate().request(limited).build());
    }

    private ResponseStatusException tooLarge() {
        return new ResponseStatusException(HttpStatusCode.valueOf(413),
                "The request body is larger than the limit of " + limit + " bytes.");
    }
}
