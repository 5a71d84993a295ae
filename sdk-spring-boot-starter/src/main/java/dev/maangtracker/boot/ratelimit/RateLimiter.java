package dev.maangtracker.boot.ratelimit;

import reactor.core.publisher.Mono;

/**
 * Token-bucket rate limiting by key (an account, an IP address, a user). Each distinct {@code (policy name,
 * key)} pair has its own bucket of {@link RateLimitPolicy#capacity()} tokens, refilled continuously over
 * {@link RateLimitPolicy#period()}. Consuming is atomic: concurrent calls never grant more tokens than the
 * bucket holds, whichever instance they run on.
 */
public interface RateLimiter {

    /**
     * Takes one token from the key's bucket if one is available.
     *
     * @param key    what is limited, e.g. {@code login:account:alice@example.com}; non-blank, at most
     *               {@link RateLimitPolicy#MAX_KEY_LENGTH} characters
     * @param policy the bucket's size and refill
     * @return the decision; never errors because the backing store is down (see the implementation)
     * @throws dev.maangtracker.core.error.InvalidInputException when the key is blank or too long
     */
    Mono<RateLimitDecision> tryConsume(String key, RateLimitPolicy policy);

    /**
     * Drops the key's bucket under the policy, as if it had never been used: for account deletion,
     * so no counter naming the user outlives the account. Completes even when the store is down.
     */
    Mono<Void> forget(String key, RateLimitPolicy policy);
}
