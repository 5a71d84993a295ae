package dev.maangtracker.boot.ratelimit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.maangtracker.core.error.InvalidInputException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class InProcessRateLimiterTest {

    private static final RateLimitPolicy LOGIN = new RateLimitPolicy("login", 3, Duration.ofMinutes(15));

    @Test
    void allowsTheCapacityThenDeniesWithAWait() {
        InProcessRateLimiter limiter = new InProcessRateLimiter();
        for (int i = 2; i >= 0; i--) {
            assertThat(limiter.consume("alice", LOGIN)).isEqualTo(RateLimitDecision.allowed(i));
        }
        RateLimitDecision denied = limiter.consume("alice", LOGIN);
        assertThat(denied.allowed()).isFalse();
        assertThat(denied.retryAfter()).isGreaterThan(Duration.ofMinutes(4)).isLessThanOrEqualTo(Duration.ofMinutes(5));
        assertThat(limiter.consume("bob", LOGIN).allowed()).as("another key has its own bucket").isTrue();
        assertThat(limiter.consume("alice", new RateLimitPolicy("api", 3, Duration.ofMinutes(1))).allowed())
                .as("another policy has its own bucket").isTrue();
    }

    @ParameterizedTest
    @ValueSource(longs = {1, 7, 42})
    void neverGrantsMoreThanTheCapacityToConcurrentCallers(long seed) throws Exception {
        InProcessRateLimiter limiter = new InProcessRateLimiter();
        RateLimitPolicy policy = new RateLimitPolicy("burst", 10, Duration.ofHours(1));
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Callable<Boolean>> calls = new ArrayList<>();
            for (int i = 0; i < 100; i++) {
                calls.add(() -> limiter.consume("key-" + seed, policy).allowed());
            }
            long allowed = 0;
            for (Future<Boolean> result : pool.invokeAll(calls)) {
                allowed += result.get() ? 1 : 0;
            }
            assertThat(allowed).isEqualTo(10);
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void dropsFullBucketsPastTheBoundButKeepsPartlyUsedOnes() {
        InProcessRateLimiter limiter = new InProcessRateLimiter(2);
        limiter.consume("a", LOGIN);
        limiter.consume("a", LOGIN);
        limiter.consume("a", LOGIN);
        limiter.consume("b", LOGIN);
        limiter.consume("c", LOGIN);
        assertThat(limiter.consume("a", LOGIN).allowed()).as("a's empty bucket was kept").isFalse();
    }

    @Test
    void aForgottenBucketStartsFull() {
        InProcessRateLimiter limiter = new InProcessRateLimiter();
        for (int i = 0; i < 3; i++) {
            limiter.tryConsume("alice", LOGIN).block();
        }
        assertThat(limiter.tryConsume("alice", LOGIN).block().allowed()).isFalse();

        limiter.forget("alice", LOGIN).block();

        assertThat(limiter.size()).isZero();
        assertThat(limiter.tryConsume("alice", LOGIN).block()).isEqualTo(RateLimitDecision.allowed(2));
    }

    @Test
    void rejectsBadKeysAndPolicies() {
        InProcessRateLimiter limiter = new InProcessRateLimiter();
        assertThatThrownBy(() -> limiter.consume(" ", LOGIN)).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("key");
        assertThatThrownBy(() -> limiter.consume("x".repeat(RateLimitPolicy.MAX_KEY_LENGTH + 1), LOGIN))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("at most 512");
        assertThatThrownBy(() -> limiter.consume("alice", null)).isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> limiter.tryConsume("", LOGIN)).as("thrown on the call, like the Redis limiter")
                .isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> new RateLimitPolicy("Login!", 1, Duration.ofSeconds(1)))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("name");
        assertThatThrownBy(() -> new RateLimitPolicy("login", 0, Duration.ofSeconds(1)))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("capacity");
        assertThatThrownBy(() -> new RateLimitPolicy("login", 1, Duration.ofDays(2)))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("period");
        assertThatThrownBy(() -> new InProcessRateLimiter(0)).isInstanceOf(InvalidInputException.class);
    }
}
