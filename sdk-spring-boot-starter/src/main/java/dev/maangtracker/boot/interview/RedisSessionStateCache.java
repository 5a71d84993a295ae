package dev.maangtracker.boot.interview;

import dev.maangtracker.boot.redis.support.RedisOutageLog;
import dev.maangtracker.core.error.InvalidInputException;
import dev.maangtracker.core.interview.InterviewSession;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.redis.core.ReactiveStringRedisTemplate;
import org.springframework.data.redis.core.script.RedisScript;
import reactor.core.publisher.Mono;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@link SessionStateCache} in Redis: the session as JSON under {@code <prefix>session:<sessionId>} with a time
 * to live, so every app instance reads the state the last one committed. Reads check the owner, so a guessed
 * session id never returns another user's session. A write never replaces a newer version of the session (a
 * read that filled the cache from the database just before another instance committed would otherwise leave
 * the older state cached for the whole time to live), and a deleted session leaves a marker for one time to live
 * so that a read racing the delete cannot cache it again. Every Redis failure (unreachable, timeout) is logged once
 * per outage and turns into a miss or a no-op, never an error: the database stays the source of truth.
 * Thread-safe.
 */
public final class RedisSessionStateCache implements SessionStateCache {

    private static final Logger LOG = LoggerFactory.getLogger(RedisSessionStateCache.class);

    /**
     * What a deleted session's key holds for one time to live, so that a read which loaded the session before the
     * delete cannot cache it again. Not JSON, so no version of the app reads it as a session.
     */
    static final String DELETED = "deleted";

    /** SET with the time to live unless the cached entry has a higher version or marks a delete; atomic. */
    private static final RedisScript<Long> PUT_UNLESS_NEWER_CACHED = RedisScript.of("""
            local current = redis.call('GET', KEYS[1])
            if current == ARGV[4] then
              return 0
            end
            if current then
              local ok, cached = pcall(cjson.decode, current)
              if ok and type(cached) == 'table' and tonumber(cached['version']) ~= nil
                  and tonumber(cached['version']) > tonumber(ARGV[2]) then
                return 0
              end
            end
            redis.call('SET', KEYS[1], ARGV[1], 'PX', ARGV[3])
            return 1
            """, Long.class);

    private final ReactiveStringRedisTemplate redis;
    private final String keyPrefix;
    private final Duration ttl;
    private final Duration commandTimeout;
    private final JsonMapper json;
    private final RedisOutageLog outage = new RedisOutageLog("interview session cache",
            "reads miss and writes are skipped");

    /**
     * @param redis          a template on the shared Redis
     * @param keyPrefix      prefix of every key, e.g. {@code maang:}
     * @param ttl            how long an entry lives after its last write
     * @param commandTimeout longest wait for Redis before the call counts as a miss
     * @param json           the mapper for sessions (Jackson 3)
     */
    public RedisSessionStateCache(ReactiveStringRedisTemplate redis, String keyPrefix, Duration ttl,
                                  Duration commandTimeout, JsonMapper json) {
        this.redis = Objects.requireNonNull(redis, "redis");
        this.keyPrefix = Objects.requireNonNull(keyPrefix, "keyPrefix");
        this.ttl = positive("ttl", ttl);
        this.commandTimeout = positive("commandTimeout", commandTimeout);
        this.json = Objects.requireNonNull(json, "json");
    }

    @Override
    public Mono<InterviewSession> get(UUID userId, UUID sessionId) {
        Objects.requireNonNull(userId, "userId");
        return guarded(redis.opsForValue().get(key(sessionId)))
                .flatMap(this::decode)
                .filter(session -> session.userId().equals(userId));
    }

    @Override
    public Mono<Void> put(InterviewSession session) {
        Objects.requireNonNull(session, "session");
        return guarded(Mono.defer(() -> redis.execute(PUT_UNLESS_NEWER_CACHED, List.of(key(session.id())),
                List.of(json.writeValueAsString(session), Long.toString(session.version()),
                        Long.toString(ttl.toMillis()), DELETED)).next()))
                .then();
    }

    @Override
    public Mono<Void> evict(UUID sessionId) {
        return guarded(redis.delete(key(sessionId))).then();
    }

    @Override
    public Mono<Void> forgetDeleted(UUID sessionId) {
        return guarded(redis.opsForValue().set(key(sessionId), DELETED, ttl)).then();
    }

    private <T> Mono<T> guarded(Mono<T> call) {
        return call.timeout(commandTimeout)
                .doOnSuccess(ignored -> outage.succeeded())
                .onErrorResume(error -> {
                    outage.failed(error);
                    return Mono.empty();
                });
    }

    private Mono<InterviewSession> decode(String value) {
        if (DELETED.equals(value)) {
            return Mono.empty();
        }
        try {
            return Mono.just(json.readValue(value, InterviewSession.class));
        } catch (JacksonException | InvalidInputException unreadable) {
            // An entry written by another version of the app: treat it as a miss, the database answers.
            LOG.debug("Ignoring an unreadable cached session: {}", unreadable.getMessage());
            return Mono.empty();
        }
    }

    private String key(UUID sessionId) {
        return keyPrefix + "session:" + Objects.requireNonNull(sessionId, "sessionId");
    }

    private static Duration positive(String field, Duration value) {
        if (value == null || value.isNegative() || value.isZero()) {
            throw InvalidInputException.of(field, "must be a positive duration");
        }
        return value;
    }
}
