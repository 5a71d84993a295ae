package dev.maangtracker.boot.ratelimit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.maangtracker.boot.redis.RedisTestConnections;
import dev.maangtracker.boot.redis.TcpProxy;
import dev.maangtracker.core.error.InvalidInputException;
import dev.maangtracker.testsupport.RealServices;
import dev.maangtracker.testsupport.RedisEndpoint;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.data.redis.connection.lettuce.LettuceConnectionFactory;
import reactor.core.publisher.Flux;
import reactor.core.scheduler.Schedulers;

/** The Bucket4j/Lettuce limiter against a real Redis: exact limits, atomicity, and a Redis that goes away. */
class LettuceRateLimiterIT {

    private static final Duration TIMEOUT = Duration.ofSeconds(20);
    private final RedisTestConnections connections = new RedisTestConnections();
    private final List<LettuceRateLimiter> limiters = new ArrayList<>();
    private TcpProxy proxy;

    @AfterEach
    void close() throws Exception {
        limiters.forEach(LettuceRateLimiter::close);
        connections.close();
        if (proxy != null) {
            proxy.close();
        }
    }

    private LettuceRateLimiter limiter(String host, int port) {
        LettuceConnectionFactory factory = connections.factory(host, port);
        connections.template(host, port);
        LettuceRateLimiter limiter = new LettuceRateLimiter(factory::getNativeClient, connections.prefix(),
                Duration.ofMillis(500), new InProcessRateLimiter());
        limiter.warmUp();
        limiters.add(limiter);
        return limiter;
    }

    @Test
    void allowsTheCapacityThenDeniesWithRetryAfterAcrossInstances() {
        RedisEndpoint redis = RealServices.redis();
        LettuceRateLimiter first = limiter(redis.host(), redis.port());
        LettuceRateLimiter second = limiter(redis.host(), redis.port());
        RateLimitPolicy policy = new RateLimitPolicy("login", 4, Duration.ofMinutes(10));

        assertThat(first.tryConsume("alice", policy).block(TIMEOUT)).isEqualTo(RateLimitDecision.allowed(3));
        assertThat(second.tryConsume("alice", policy).block(TIMEOUT)).as("the bucket is shared")
                .isEqualTo(RateLimitDecision.allowed(2));
        assertThat(first.tryConsume("alice", policy).block(TIMEOUT).remaining()).isEqualTo(1);
        assertThat(second.tryConsume("alice", policy).block(TIMEOUT).remaining()).isZero();
        RateLimitDecision denied = first.tryConsume("alice", policy).block(TIMEOUT);

        assertThat(denied.allowed()).isFalse();
        assertThat(denied.retryAfter()).isGreaterThan(Duration.ofMinutes(2)).isLessThanOrEqualTo(Duration.ofMinutes(3));
        assertThat(second.tryConsume("bob", policy).block(TIMEOUT).allowed()).as("bob has his own bucket").isTrue();
    }

    @Test
    void aForgottenBucketIsGoneFromRedisAndStartsFull() {
        RedisEndpoint redis = RealServices.redis();
        LettuceRateLimiter first = limiter(redis.host(), redis.port());
        LettuceRateLimiter second = limiter(redis.host(), redis.port());
        RateLimitPolicy policy = new RateLimitPolicy("api", 2, Duration.ofMinutes(10));
        String key = connections.prefix() + "rl:api:user:carol";
        first.tryConsume("user:carol", policy).block(TIMEOUT);
        first.tryConsume("user:carol", policy).block(TIMEOUT);
        assertThat(second.tryConsume("user:carol", policy).block(TIMEOUT).allowed()).isFalse();
        assertThat(connections.template(redis.host(), redis.port()).hasKey(key).block(TIMEOUT)).isTrue();

        first.forget("user:carol", policy).block(TIMEOUT);

        assertThat(connections.template(redis.host(), redis.port()).hasKey(key).block(TIMEOUT))
                .as("no key naming the user is left").isFalse();
        assertThat(second.tryConsume("user:carol", policy).block(TIMEOUT)).isEqualTo(RateLimitDecision.allowed(1));
    }

    @Test
    void concurrentConsumersNeverOverGrant() {
        RedisEndpoint redis = RealServices.redis();
        LettuceRateLimiter first = limiter(redis.host(), redis.port());
        LettuceRateLimiter second = limiter(redis.host(), redis.port());
        RateLimitPolicy policy = new RateLimitPolicy("api", 10, Duration.ofHours(1));

        List<RateLimitDecision> decisions = Flux.range(0, 100)
                .flatMap(i -> (i % 2 == 0 ? first : second).tryConsume("user-1", policy)
                        .subscribeOn(Schedulers.parallel()), 100)
                .collectList().block(TIMEOUT);

        assertThat(decisions).hasSize(100);
        assertThat(decisions.stream().filter(RateLimitDecision::allowed).count()).isEqualTo(10);
    }

    @Test
    void aRedisDownAtStartFallsBackToPerInstanceLimitsWithoutErrors() throws Exception {
        LettuceRateLimiter limiter = limiter("127.0.0.1", RedisTestConnections.closedPort());
        RateLimitPolicy policy = new RateLimitPolicy("login", 2, Duration.ofMinutes(10));

        assertThat(limiter.tryConsume("alice", policy).block(TIMEOUT).allowed()).isTrue();
        assertThat(limiter.tryConsume("alice", policy).block(TIMEOUT).allowed()).isTrue();
        assertThat(limiter.tryConsume("alice", policy).block(TIMEOUT).allowed())
                .as("still limited, in process").isFalse();
        assertThatThrownBy(() -> limiter.tryConsume(" ", policy)).isInstanceOf(InvalidInputException.class);
    }

    @Test
    void keepsLimitingWhileRedisIsDownAndSharesAgainWhenItReturns() throws Exception {
        RedisEndpoint redis = RealServices.redis();
        proxy = new TcpProxy(redis.host(), redis.port());
        LettuceRateLimiter limiter = limiter(proxy.host(), proxy.port());
        LettuceRateLimiter direct = limiter(redis.host(), redis.port());
        RateLimitPolicy policy = new RateLimitPolicy("api", 100, Duration.ofHours(1));
        assertThat(limiter.tryConsume("carol", policy).block(TIMEOUT)).isEqualTo(RateLimitDecision.allowed(99));
        for (int i = 0; i < 60; i++) {
            direct.tryConsume("carol", policy).block(TIMEOUT);
        }

        proxy.stop();
        long started = System.nanoTime();
        RateLimitDecision duringOutage = limiter.tryConsume("carol", policy).block(TIMEOUT);
        assertThat(duringOutage.allowed()).as("never denied because Redis is down").isTrue();
        assertThat(duringOutage.remaining()).as("counted in process meanwhile").isEqualTo(99);
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(5));
        assertThat(direct.tryConsume("carol", policy).block(TIMEOUT).remaining())
                .as("the outage call did not touch the shared bucket").isEqualTo(38);

        proxy.start();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
        long remaining = 99;
        // Calls go to the in-process bucket (remaining 98, 97, ...) until Lettuce has reconnected; the first
        // shared call then sees the shared bucket's 38 tokens.
        while (remaining > 38 && System.nanoTime() < deadline) {
            Thread.sleep(500);
            remaining = limiter.tryConsume("carol", policy).block(TIMEOUT).remaining();
        }
        assertThat(remaining).as("back on the shared bucket").isEqualTo(37);
    }
}
