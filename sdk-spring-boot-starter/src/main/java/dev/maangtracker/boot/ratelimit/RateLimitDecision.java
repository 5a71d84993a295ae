package dev.maangtracker.boot.ratelimit;

import java.time.Duration;
import java.util.Objects;

/**
 * The answer of {@link RateLimiter#tryConsume}.
 *
 * @param allowed    whether a token was taken and the action may proceed
 * @param remaining  tokens left in the bucket after this call (0 when denied)
 * @param retryAfter when denied, how long until a token is available; zero when allowed
 */
public record RateLimitDecision(boolean allowed, long remaining, Duration retryAfter) {

    /** Validates the fields. */
    public RateLimitDecision {
        Objects.requireNonNull(retryAfter, "retryAfter");
        if (remaining < 0 || retryAfter.isNegative()) {
            throw new IllegalArgumentException("remaining and retryAfter must not be negative");
        }
    }

    /** An allowed call with the tokens left. */
    public static RateLimitDecision allowed(long remaining) {
        return new RateLimitDecision(true, remaining, Duration.ZERO);
    }

    /** A denied call with the wait until the next token. */
    public static RateLimitDecision denied(Duration retryAfter) {
        return new RateLimitDecision(false, 0, retryAfter);
    }
}
