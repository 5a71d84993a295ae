package dev.maangtracker.app.ratelimit;

import dev.maangtracker.boot.ratelimit.RateLimitPolicy;
import dev.maangtracker.boot.ratelimit.RateLimiter;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

/**
 * Sign-in attempts per client address and per account, counted before the password is checked (so
 * guessing costs a token whether or not it succeeds). Over either limit: {@link TooManyRequestsException}.
 */
@Component
public class LoginRateLimits {

    private final RateLimiter limiter;
    private final RateLimitPolicy perAccount;
    private final RateLimitPolicy perIp;

    /**
     * @param limiter    the starter's limiter (Redis in full mode)
     * @param properties the limits
     */
    public LoginRateLimits(RateLimiter limiter, RateLimitProperties properties) {
        this.limiter = limiter;
        this.perAccount = properties.loginAccount().policy("login-account");
        this.perIp = properties.loginIp().policy("login-ip");
    }

    /** Takes a token from the address's bucket, then from the account's; errors with 429 when either is empty. */
    public Mono<Void> check(String email, ServerWebExchange exchange) {
        String ip = clientAddress(exchange);
        return limiter.tryConsume("login:ip:" + ip, perIp).flatMap(byIp -> {
            if (!byIp.allowed()) {
                return Mono.error(new TooManyRequestsException("Too many sign-in attempts from this address.",
                        byIp.retryAfter()));
            }
            return limiter.tryConsume("login:account:" + accountKey(email), perAccount).flatMap(byAccount ->
                    byAccount.allowed() ? Mono.<Void>empty()
                            : Mono.error(new TooManyRequestsException("Too many sign-in attempts for this account.",
                                    byAccount.retryAfter())));
        });
    }

    /** The client's address (X-Forwarded-For is applied by the server behind a proxy). */
    static String clientAddress(ServerWebExchange exchange) {
        InetSocketAddress remote = exchange.getRequest().getRemoteAddress();
        if (remote == null) {
            return "unknown";
        }
        return remote.getAddress() != null ? remote.getAddress().getHostAddress() : remote.getHostString();
    }

    /** The email, normalised and hashed: bounded length, and no address stored in Redis keys. */
    static String accountKey(String email) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256")
                    .digest(email.strip().toLowerCase(Locale.ROOT).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
