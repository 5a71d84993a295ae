package dev.maangtracker.boot.rag;

import dev.maangtracker.core.error.InvalidInputException;
import dev.maangtracker.rag.RetrievedMemory;
import dev.maangtracker.rag.cache.RetrievalCache;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import org.springframework.data.redis.core.ReactiveStringRedisTemplate;
import org.springframework.data.redis.core.ScanOptions;
import reactor.core.publisher.Mono;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@link RetrievalCache} in Redis, shared by every app instance: a write on one instance
 * invalidates the user's entries for all. Keys (under the key prefix, {@code maang:} by default):
 * {@code <prefix>rag:v:<user>} holds the user's version (INCR on invalidation, atomic in Redis),
 * {@code <prefix>rag:r:<user>:<version>:<sha256 of the request>} holds the results as JSON with the time to live, so entries of an old version are never
 * read again and expire by themselves. Thread-safe.
 */
public final class RedisRetrievalCache implements RetrievalCache {

    private static final TypeReference<List<RetrievedMemory>> RESULTS = new TypeReference<>() { };

    private final ReactiveStringRedisTemplate redis;
    private final String keyPrefix;
    private final Duration ttl;
    private final JsonMapper json = JsonMapper.builder().build();

    /**
     * @param redis a template on the shared Redis
     * @param ttl   how long an entry lives
     */
    public RedisRetrievalCache(ReactiveStringRedisTemplate redis, Duration ttl) {
        this(redis, "maang:", ttl);
    }

    /**
     * @param redis     a template on the shared Redis
     * @param keyPrefix prefix of every key ({@code maang.redis.key-prefix})
     * @param ttl       how long an entry lives
     */
    public RedisRetrievalCache(ReactiveStringRedisTemplate redis, String keyPrefix, Duration ttl) {
        this.redis = Objects.requireNonNull(redis, "redis");
        this.keyPrefix = Objects.requireNonNull(keyPrefix, "keyPrefix");
        Objects.requireNonNull(ttl, "ttl");
        if (ttl.isNegative() || ttl.isZero()) {
            throw InvalidInputException.of("ttl", "must be positive");
        }
        this.ttl = ttl;
    }

    @Override
    public Mono<List<RetrievedMemory>> get(UUID userId, String requestKey) {
        return key(userId, requestKey).flatMap(key -> redis.opsForValue().get(key))
                .map(value -> json.readValue(value, RESULTS));
    }

    @Override
    public Mono<Void> put(UUID userId, String requestKey, List<RetrievedMemory> results) {
        return key(userId, requestKey)
                .flatMap(key -> redis.opsForValue().set(key, json.writeValueAsString(results), ttl))
                .then();
    }

    @Override
    public Mono<Void> invalidate(UUID userId) {
        return redis.opsForValue().increment(versionKey(userId)).then();
    }

    @Override
    public Mono<Void> removeUser(UUID userId) {
        return Mono.defer(() -> {
            String entries = "maang:rag:r:" + Objects.requireNonNull(userId, "userId") + ":*";
            return redis.scan(ScanOptions.scanOptions().match(entries).count(500).build())
                    .buffer(500)
                    .concatMap(keys -> redis.delete(keys.toArray(String[]::new)))
                    .then(redis.delete(versionKey(userId)))
                    .then();
        });
    }

    private Mono<String> key(UUID userId, String requestKey) {
        return redis.opsForValue().get(versionKey(userId)).defaultIfEmpty("0")
                .map(version -> keyPrefix + "rag:r:" + userId + ":" + version + ":" + sha256(requestKey));
    }

    private String versionKey(UUID userId) {
        return keyPrefix + "rag:v:" + Objects.requireNonNull(userId, "userId");
    }

    private static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM provides SHA-256", e);
        }
    }
}
