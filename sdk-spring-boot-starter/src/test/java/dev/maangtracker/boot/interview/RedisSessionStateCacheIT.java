package dev.maangtracker.boot.interview;

import static org.assertj.core.api.Assertions.assertThat;

import dev.maangtracker.boot.redis.support.RedisJson;
import dev.maangtracker.boot.redis.RedisTestConnections;
import dev.maangtracker.boot.redis.TcpProxy;
import dev.maangtracker.core.interview.InterviewSession;
import dev.maangtracker.core.interview.SessionStatus;
import dev.maangtracker.core.question.Difficulty;
import dev.maangtracker.core.question.InterviewMode;
import dev.maangtracker.testsupport.RealServices;
import dev.maangtracker.testsupport.RedisEndpoint;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.data.redis.core.ReactiveStringRedisTemplate;

/** The Redis session cache against a real Redis: round trip, owner check, expiry, and a Redis that goes away. */
class RedisSessionStateCacheIT {

    private static final Duration TIMEOUT = Duration.ofSeconds(10);
    private final RedisTestConnections connections = new RedisTestConnections();
    private final UUID alice = UUID.randomUUID();
    private final UUID bob = UUID.randomUUID();
    private TcpProxy proxy;

    @AfterEach
    void close() throws Exception {
        connections.close();
        if (proxy != null) {
            proxy.close();
        }
    }

    private RedisSessionStateCache cache(ReactiveStringRedisTemplate template, Duration ttl) {
        return new RedisSessionStateCache(template, connections.prefix(), ttl, Duration.ofMillis(500), RedisJson.mapper());
    }

    private InterviewSession startedSession(UUID owner) {
        Instant now = Instant.now().truncatedTo(ChronoUnit.MILLIS);
        return InterviewSession.create(UUID.randomUUID(), owner, InterviewMode.CODING, Difficulty.MEDIUM, "Acme",
                        "Backend engineer", Duration.ofMinutes(20), now).toBuilder()
                .status(SessionStatus.IN_PROGRESS).askedQuestionIds(List.of("two-sum")).turnCount(2)
                .startedAt(now).questionStartedAt(now).version(3).build();
    }

    @Test
    void returnsTheStoredStateToItsOwnerOnly() {
        RedisEndpoint redis = RealServices.redis();
        RedisSessionStateCache cache = cache(connections.template(redis.host(), redis.port()), Duration.ofMinutes(5));
        InterviewSession session = startedSession(alice);

        cache.put(session).block(TIMEOUT);

        assertThat(cache.get(alice, session.id()).block(TIMEOUT)).isEqualTo(session);
        assertThat(cache.get(bob, session.id()).block(TIMEOUT)).as("another user's session").isNull();
        assertThat(cache.get(alice, UUID.randomUUID()).block(TIMEOUT)).as("unknown session").isNull();
    }

    @Test
    void anOlderVersionNeverReplacesANewerOne() {
        RedisEndpoint redis = RealServices.redis();
        RedisSessionStateCache cache = cache(connections.template(redis.host(), redis.port()), Duration.ofMinutes(5));
        InterviewSession session = startedSession(alice);
        InterviewSession next = session.toBuilder().turnCount(4).version(4).build();

        cache.put(next).block(TIMEOUT);
        // A read that filled the cache from the database before that commit arrives late.
        cache.put(session).block(TIMEOUT);

        assertThat(cache.get(alice, session.id()).block(TIMEOUT)).isEqualTo(next);
        cache.put(next).block(TIMEOUT);
        assertThat(cache.get(alice, session.id()).block(TIMEOUT)).as("the same version is written again")
                .isEqualTo(next);
    }

    @Test
    void evictionForgetsAndALaterPutReplaces() {
        RedisEndpoint redis = RealServices.redis();
        RedisSessionStateCache cache = cache(connections.template(redis.host(), redis.port()), Duration.ofMinutes(5));
        InterviewSession session = startedSession(alice);
        cache.put(session).block(TIMEOUT);
        InterviewSession next = session.toBuilder().turnCount(4).version(4).build();
        cache.put(next).block(TIMEOUT);
        assertThat(cache.get(alice, session.id()).block(TIMEOUT)).isEqualTo(next);

        cache.evict(session.id()).block(TIMEOUT);

        assertThat(cache.get(alice, session.id()).block(TIMEOUT)).isNull();
    }

    @Test
    void aDeletedSessionIsNotCachedAgainByAReadThatRacedTheDelete() throws InterruptedException {
        RedisEndpoint redis = RealServices.redis();
        RedisSessionStateCache cache = cache(connections.template(redis.host(), redis.port()), Duration.ofMillis(600));
        InterviewSession session = startedSession(alice);
        cache.put(session).block(TIMEOUT);

        cache.forgetDeleted(session.id()).block(TIMEOUT);
        // A read on another instance loaded the session from the database just before the delete.
        cache.put(session).block(TIMEOUT);

        assertThat(cache.get(alice, session.id()).block(TIMEOUT)).isNull();
        // The marker lives one time to live; a session id is never reused, so nothing is lost after it.
        Thread.sleep(900);
        cache.put(session).block(TIMEOUT);
        assertThat(cache.get(alice, session.id()).block(TIMEOUT)).isEqualTo(session);
    }

    @Test
    void entriesExpireAfterTheTtl() throws InterruptedException {
        RedisEndpoint redis = RealServices.redis();
        ReactiveStringRedisTemplate template = connections.template(redis.host(), redis.port());
        RedisSessionStateCache cache = cache(template, Duration.ofMillis(400));
        InterviewSession session = startedSession(alice);
        cache.put(session).block(TIMEOUT);
        Long ttl = template.getExpire(connections.prefix() + "session:" + session.id()).map(Duration::toMillis).block(TIMEOUT);
        assertThat(ttl).as("the key carries the time to live").isBetween(1L, 400L);
        // Redis expires keys on its own clock: wait for it, bounded, instead of asserting a duration.
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
        while (cache.get(alice, session.id()).block(TIMEOUT) != null && System.nanoTime() < deadline) {
            Thread.sleep(50);
        }
        assertThat(cache.get(alice, session.id()).block(TIMEOUT)).isNull();
    }

    @Test
    void anUnreachableRedisMissesAndSkipsWritesWithoutErrors() throws Exception {
        RedisSessionStateCache cache = cache(connections.template("127.0.0.1", RedisTestConnections.closedPort()),
                Duration.ofMinutes(5));
        InterviewSession session = startedSession(alice);

        cache.put(session).block(TIMEOUT);
        assertThat(cache.get(alice, session.id()).block(TIMEOUT)).isNull();
        cache.evict(session.id()).block(TIMEOUT);
    }

    @Test
    void keepsServingWhileRedisIsDownAndCachesAgainWhenItReturns() throws Exception {
        RedisEndpoint redis = RealServices.redis();
        proxy = new TcpProxy(redis.host(), redis.port());
        RedisSessionStateCache cache = cache(connections.template(proxy.host(), proxy.port()), Duration.ofMinutes(5));
        InterviewSession first = startedSession(alice);
        cache.put(first).block(TIMEOUT);
        assertThat(cache.get(alice, first.id()).block(TIMEOUT)).isEqualTo(first);

        proxy.stop();
        long started = System.nanoTime();
        assertThat(cache.get(alice, first.id()).block(TIMEOUT)).as("a miss while Redis is down").isNull();
        InterviewSession second = startedSession(alice);
        cache.put(second).block(TIMEOUT);
        assertThat(Duration.ofNanos(System.nanoTime() - started)).as("bounded by the command timeout, not hanging")
                .isLessThan(Duration.ofSeconds(5));

        proxy.start();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(15);
        InterviewSession back = null;
        while (back == null && System.nanoTime() < deadline) {
            cache.put(second).block(TIMEOUT);
            back = cache.get(alice, second.id()).block(TIMEOUT);
            if (back == null) {
                Thread.sleep(100);
            }
        }
        assertThat(back).as("cached again once Redis returns").isEqualTo(second);
        assertThat(cache.get(alice, first.id()).block(TIMEOUT)).as("entries written before the outage survive")
                .isEqualTo(first);
    }
}
