package dev.maangtracker.app.web;

import io.micrometer.context.ContextRegistry;
import java.util.UUID;
import java.util.regex.Pattern;
import org.slf4j.MDC;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;
import reactor.core.publisher.Mono;

/**
 * Gives every request an id: the caller's {@code X-Request-Id} when it is a short token of safe
 * characters (so a proxy's id carries through), else a new UUID. The id is echoed in the response
 * header, kept as an exchange attribute for problem responses, and put in the Reactor context
 * under {@value #KEY}, from where automatic context propagation copies it into the logging MDC.
 * Runs first, before security, so rejected requests carry an id too.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
public final class RequestIdFilter implements WebFilter {

    /** The header read and written. */
    public static final String HEADER = "X-Request-Id";
    /** The Reactor context and MDC key. */
    public static final String KEY = "requestId";
    /** Longest caller-supplied id kept; longer or odd ones are replaced (they end up in logs). */
    public static final int MAX_LENGTH = 64;

    private static final String ATTRIBUTE = RequestIdFilter.class.getName() + ".id";
    private static final Pattern SAFE = Pattern.compile("[A-Za-z0-9._:-]{1," + MAX_LENGTH + "}");

    static {
        ContextRegistry.getInstance().registerThreadLocalAccessor(KEY,
                () -> MDC.get(KEY), value -> MDC.put(KEY, value), () -> MDC.remove(KEY));
    }

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
        String offered = exchange.getRequest().getHeaders().getFirst(HEADER);
        String id = offered != null && SAFE.matcher(offered).matches() ? offered : UUID.randomUUID().toString();
        exchange.getAttributes().put(ATTRIBUTE, id);
        exchange.getResponse().getHeaders().set(HEADER, id);
        return chain.filter(exchange).contextWrite(context -> context.put(KEY, id));
    }

    /** The id of this exchange's request ({@code "unknown"} if the filter did not run). */
    public static String of(ServerWebExchange exchange) {
        String id = exchange.getAttribute(ATTRIBUTE);
        return id == null ? "unknown" : id;
    }
}
