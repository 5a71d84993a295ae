package dev.maangtracker.app.ratelimit;

import dev.maangtracker.app.error.ProblemMapper;
import dev.maangtracker.app.error.ProblemWriter;
import dev.maangtracker.boot.ratelimit.RateLimitPolicy;
import dev.maangtracker.boot.ratelimit.RateLimiter;
import java.util.Optional;
import org.springframework.core.Ordered;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.ReactiveSecurityContextHolder;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;
import reactor.core.publisher.Mono;

/**
 * The per-user API limit: every request to {@code /api/v1/**} made with a valid access token takes a
 * token from the user's bucket; an empty bucket answers 429 problem+json with {@code Retry-After}.
 * Runs after Spring Security's chain (which authenticates and puts the user in the Reactor context);
 * anonymous requests (sign-in, rejected tokens) are not counted here.
 */
@Component
public class ApiRateLimitFilter implements WebFilter, Ordered {

    /** After Spring Security's filter chain ({@code -100}). */
    static final int ORDER = 0;
    private static final String API = "/api/v1/";

    private final RateLimiter limiter;
    private final RateLimitPolicy policy;
    private final ProblemWriter problems;

    /**
     * @param limiter    the starter's limiter (Redis in full mode)
     * @param properties the limit
     * @param problems   writes the 429
     */
    public ApiRateLimitFilter(RateLimiter limiter, RateLimitProperties properties, ProblemWriter problems) {
        this.limiter = limiter;
        this.policy = policyOf(properties);
        this.problems = problems;
    }

    @Override
    public int getOrder() {
        return ORDER;
    }

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
        if (!exchange.getRequest().getPath().value().startsWith(API)) {
            return chain.filter(exchange);
        }
        return ReactiveSecurityContextHolder.getContext()
                .map(SecurityContext::getAuthentication)
                .filter(authentication -> authentication instanceof JwtAuthenticationToken
                        && authentication.isAuthenticated())
                .map(Authentication::getName)
                .flatMap(user -> limiter.tryConsume(keyOf(user), policy))
                .map(Optional::of)
                .defaultIfEmpty(Optional.empty())
                .flatMap(decision -> {
                    if (decision.isEmpty() || decision.get().allowed()) {
                        return chain.filter(exchange);
                    }
                    TooManyRequestsException limited = new TooManyRequestsException(
                            "Too many requests: at most " + policy.capacity() + " per "
                                    + policy.period().toSeconds() + " s.", decision.get().retryAfter());
                    ProblemMapper.Problem problem = ProblemMapper.map(limited, exchange);
                    return problems.write(exchange, problem.body(), problem.headers());
                });
    }

    /** The API policy the properties define. */
    public static RateLimitPolicy policyOf(RateLimitProperties properties) {
        return properties.api().policy("api");
    }

    /** The limiter key of a user's API bucket (the user id is the token's subject). */
    public static String keyOf(String user) {
        return "api:user:" + user;
    }
}
