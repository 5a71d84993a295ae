package dev.maangtracker.boot.auth;

import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import org.springframework.data.redis.core.ReactiveStringRedisTemplate;
import org.springframework.data.redis.core.script.RedisScript;
import reactor.core.publisher.Mono;

/**
 * {@link RefreshTokenStore} in Redis, shared by every app instance. Keys (under a prefix, by
 * default {@value #DEFAULT_PREFIX}): {@code token:<sha256>} holds {@code L|user|family} for a live
 * token or {@code S|user|family} for a spent one, with the token's own expiry as its TTL (a spent
 * token is remembered until it would have expired, so its reuse is recognised); {@code
 * family:<id>} is the set of its members' hashes, living as long as its newest member, so a family
 * is revoked at once; {@code user:<id>} is the set of the user's family ids, living as long as
 * the newest token, so all of a user's families are revoked at once. Each operation is one Lua script, which Redis runs atomically: of two
 * concurrent rotations of one token exactly one finds it live.
 *
 * <p>The scripts build the family key from a stored value, so they suit standalone and
 * sentinel Redis, not Redis Cluster. Thread-safe.
 */
public final class RedisRefreshTokenStore implements RefreshTokenStore {

    /** The key prefix used unless another is given. */
    public static final String DEFAULT_PREFIX = "maang:auth:";

    private static final RedisScript<String> START = RedisScript.of("""
            redis.call('SET', KEYS[1], 'L|' .. ARGV[1] .. '|' .. ARGV[2], 'PX', ARGV[3])
            redis.call('SADD', KEYS[2], ARGV[4])
            if redis.call('PTTL', KEYS[2]) < tonumber(ARGV[3]) then
              redis.call('PEXPIRE', KEYS[2], ARGV[3])
            end
            redis.call('SADD', KEYS[3], ARGV[2])
            if redis.call('PTTL', KEYS[3]) < tonumber(ARGV[3]) then
              redis.call('PEXPIRE', KEYS[3], ARGV[3])
            end
            return 'OK'
            """, String.class);

    // KEYS[1] presented token, KEYS[2] successor; ARGV[1] prefix, ARGV[2] ttl ms, ARGV[3] successor hash.
    private static final RedisScript<String> ROTATE = RedisScript.of("""
            local value = redis.call('GET', KEYS[1])
            if not value then return '' end
            local state, user, family = string.match(value, '^(%a)|([^|]+)|([^|]+)$')
            local familyKey = ARGV[1] .. 'family:' .. family
            if state == 'S' then
              for _, hash in ipairs(redis.call('SMEMBERS', familyKey)) do
                redis.call('DEL', ARGV[1] .. 'token:' .. hash)
              end
              redis.call('DEL', familyKey, KEYS[1])
              redis.call('SREM', ARGV[1] .. 'user:' .. user, family)
              return 'REUSED|' .. user .. '|' .. family
            end
            redis.call('SET', KEYS[1], 'S|' .. user .. '|' .. family, 'KEEPTTL')
            redis.call('SET', KEYS[2], 'L|' .. user .. '|' .. family, 'PX', ARGV[2])
            redis.call('SADD', familyKey, ARGV[3])
            if redis.call('PTTL', familyKey) < tonumber(ARGV[2]) then
              redis.call('PEXPIRE', familyKey, ARGV[2])
            end
            local userKey = ARGV[1] .. 'user:' .. user
            if redis.call('PTTL', userKey) < tonumber(ARGV[2]) then
              redis.call('PEXPIRE', userKey, ARGV[2])
            end
            return 'ROTATED|' .. user .. '|' .. family
            """, String.class);

    // KEYS[1] token; ARGV[1] prefix.
    private static final RedisScript<String> REVOKE = RedisScript.of("""
            local value = redis.call('GET', KEYS[1])
            if not value then return '0' end
            local user, family = string.match(value, '^%a|([^|]+)|([^|]+)$')
            local familyKey = ARGV[1] .. 'family:' .. family
            for _, hash in ipairs(redis.call('SMEMBERS', familyKey)) do
              redis.call('DEL', ARGV[1] .. 'token:' .. hash)
            end
            redis.call('DEL', familyKey, KEYS[1])
            redis.call('SREM', ARGV[1] .. 'user:' .. user, family)
            return '1'
            """, String.class);

    // KEYS[1] the user's set of families; ARGV[1] prefix. Emits how many families still existed.
    private static final RedisScript<Long> REVOKE_ALL = RedisScript.of("""
            local revoked = 0
            for _, family in ipairs(redis.call('SMEMBERS', KEYS[1])) do
              local familyKey = ARGV[1] .. 'family:' .. family
              local members = redis.call('SMEMBERS', familyKey)
              if #members > 0 then revoked = revoked + 1 end
              for _, hash in ipairs(members) do
                redis.call('DEL', ARGV[1] .. 'token:' .. hash)
              end
              redis.call('DEL', familyKey)
            end
            redis.call('DEL', KEYS[1])
            return revoked
            """, Long.class);

    private final ReactiveStringRedisTemplate redis;
    private final String prefix;

    /** A store under {@value #DEFAULT_PREFIX}. */
    public RedisRefreshTokenStore(ReactiveStringRedisTemplate redis) {
        this(redis, DEFAULT_PREFIX);
    }

    /**
     * @param redis  a template on the shared Redis
     * @param prefix prepended to every key (tests use a random one)
     */
    public RedisRefreshTokenStore(ReactiveStringRedisTemplate redis, String prefix) {
        this.redis = Objects.requireNonNull(redis, "redis");
        this.prefix = Objects.requireNonNull(prefix, "prefix");
    }

    @Override
    public Mono<Void> startFamily(String token, UUID userId, UUID familyId, Duration ttl) {
        return Mono.defer(() -> {
            String hash = RefreshTokenHashes.sha256(token);
            Objects.requireNonNull(userId, "userId");
            Objects.requireNonNull(familyId, "familyId");
            long ttlMillis = RefreshTokenHashes.positive(ttl).toMillis();
            return redis.execute(START, List.of(tokenKey(hash), familyKey(familyId), userKey(userId)),
                    List.of(userId.toString(), familyId.toString(), Long.toString(ttlMillis), hash)).then();
        });
    }

    @Override
    public Mono<RefreshTokenRotation> rotate(String presented, String successor, Duration ttl) {
        return Mono.defer(() -> {
            String presentedHash = RefreshTokenHashes.sha256(presented);
            String successorHash = RefreshTokenHashes.sha256(successor);
            long ttlMillis = RefreshTokenHashes.positive(ttl).toMillis();
            return redis.execute(ROTATE, List.of(tokenKey(presentedHash), tokenKey(successorHash)),
                            List.of(prefix, Long.toString(ttlMillis), successorHash))
                    .next()
                    .filter(result -> !result.isEmpty())
                    .map(RedisRefreshTokenStore::parseRotation);
        });
    }

    @Override
    public Mono<Boolean> revokeFamilyOf(String token) {
        return Mono.defer(() -> redis.execute(REVOKE, List.of(tokenKey(RefreshTokenHashes.sha256(token))), List.of(prefix))
                .next()
                .map("1"::equals)
                .defaultIfEmpty(false));
    }

    @Override
    public Mono<Long> revokeAllOf(UUID userId) {
        return Mono.defer(() -> redis.execute(REVOKE_ALL, List.of(userKey(Objects.requireNonNull(userId, "userId"))),
                        List.of(prefix))
                .next()
                .defaultIfEmpty(0L));
    }

    private static RefreshTokenRotation parseRotation(String result) {
        String[] parts = result.split("\\|");
        return new RefreshTokenRotation(RefreshTokenRotation.Outcome.valueOf(parts[0]),
                UUID.fromString(parts[1]), UUID.fromString(parts[2]));
    }

    private String tokenKey(String hash) {
        return prefix + "token:" + hash;
    }

    private String userKey(UUID userId) {
        return prefix + "user:" + userId;
    }

    private String familyKey(UUID familyId) {
        return prefix + "family:" + familyId;
    }
}
