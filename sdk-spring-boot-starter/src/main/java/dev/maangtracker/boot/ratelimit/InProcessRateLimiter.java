package dev.maangtracker.boot.ratelimit;

import dev.maangtracker.core.error.InvalidInputException;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.local.LocalBucket;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import reactor.core.publisher.Mono;

/**
 * {@link RateLimiter} with Bucket4j buckets in this JVM: exact and lock-free within one process, but each
 * instance counts on its own (embedded mode, and the fallback of {@link LettuceRateLimiter} while Redis is
 * down). Memory is bounded: past {@code maxKeys} buckets, full ones are dropped, which changes nothing since
 * a dropped bucket and a new one both hold every token. Thread-safe.
 */
public final class InProcessRateLimiter implements RateLimiter {

    /** Default bound on the number of buckets kept. */
    public static final int DEFAULT_MAX_KEYS = 100_000;

    private final int maxKeys;
    private final Map<String, Entry> buckets = new ConcurrentHashMap<>();

    /** A limiter keeping at most {@link #DEFAULT_MAX_KEYS} buckets. */
    public InProcessRateLimiter() {
        this(DEFAULT_MAX_KEYS);
    }

    /** @param maxKeys buckets kept before full ones are dropped, at least 1 */
    public InProcessRateLimiter(int maxKeys) {
        if (maxKeys < 1) {
            throw InvalidInputException.of("maxKeys", "must be at least 1");
        }
        this.maxKeys = maxKeys;
    }

    @Override
    public Mono<RateLimitDecision> tryConsume(String key, RateLimitPolicy policy) {
        check(key, policy);
        return Mono.fromSupplier(() -> consume(key, policy));
    }

    @Override
    public Mono<Void> forget(String key, RateLimitPolicy policy) {
        check(key, policy);
        return Mono.fromRunnable(() -> buckets.remove(policy.name() + '\u0000' + key));
    }

    private static void check(String key, RateLimitPolicy policy) {
        RateLimitPolicy.checkKey(key);
        if (policy == null) {
            throw InvalidInputException.required("policy");
        }
    }

    /** The decision, computed synchronously (it never blocks). */
    RateLimitDecision consume(String key, RateLimitPolicy policy) {
        check(key, policy);
        if (buckets.size() >= maxKeys) {
            buckets.values().removeIf(Entry::full);
        }
        Entry entry = buckets.compute(policy.name() + '\u0000' + key,
                (k, old) -> old != null && old.policy.equals(policy) ? old : new Entry(policy));
        return Bucket4jProbes.decision(entry.bucket.tryConsumeAndReturnRemaining(1));
    }

    /** How many buckets are kept now. */
    int size() {
        return buckets.size();
    }

    private static final class Entry {
        private final RateLimitPolicy policy;
        private final LocalBucket bucket;

        Entry(RateLimitPolicy policy) {
            this.policy = policy;
            this.bucket = Bucket.builder()
                    .addLimit(limit -> limit.capacity(policy.capacity()).refillGreedy(policy.capacity(), policy.period()))
                    .build();
        }

        boolean full() {
            return bucket.getAvailableTokens() >= policy.capacity();
        }
    }
}
