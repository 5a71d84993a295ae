package dev.maangtracker.boot.ratelimit;

import io.github.bucket4j.BucketConfiguration;
import io.github.bucket4j.ConsumptionProbe;
import java.time.Duration;

/** Translation between our policies and decisions and Bucket4j's configurations and probes. */
final class Bucket4jProbes {

    private Bucket4jProbes() {
    }

    static BucketConfiguration configuration(RateLimitPolicy policy) {
        return BucketConfiguration.builder()
                .addLimit(limit -> limit.capacity(policy.capacity()).refillGreedy(policy.capacity(), policy.period()))
                .build();
    }

    static RateLimitDecision decision(ConsumptionProbe probe) {
        if (probe.isConsumed()) {
            return RateLimitDecision.allowed(probe.getRemainingTokens());
        }
        // Round up to whole milliseconds: a caller told "retry after 0 ms" would retry too early.
        long millis = (probe.getNanosToWaitForRefill() + 999_999) / 1_000_000;
        return RateLimitDecision.denied(Duration.ofMillis(Math.max(1, millis)));
    }
}
