package dev.maangtracker.boot.ratelimit;

import dev.maangtracker.boot.redis.support.RedisOutageLog;
import dev.maangtracker.core.error.InvalidInputException;
import io.github.bucket4j.distributed.AsyncBucketProxy;
import io.github.bucket4j.distributed.ExpirationAfterWriteStrategy;
import io.github.bucket4j.distributed.proxy.optimization.Optimizations;
import io.github.bucket4j.distributed.proxy.AsyncProxyManager;
import io.github.bucket4j.redis.lettuce.Bucket4jLettuce;
import io.lettuce.core.AbstractRedisClient;
import io.lettuce.core.RedisClient;
import io.lettuce.core.api.StatefulConnection;
import io.lettuce.core.api.StatefulRedisConnection;
import io.lettuce.core.cluster.RedisClusterClient;
import io.lettuce.core.cluster.api.StatefulRedisClusterConnection;
import io.lettuce.core.codec.ByteArrayCodec;
import io.lettuce.core.codec.RedisCodec;
import io.lettuce.core.codec.StringCodec;
import java.time.Duration;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

/**
 * {@link RateLimiter} shared by every app instance: Bucket4j buckets stored in Redis through Lettuce, updated
 * with compare-and-swap (Bucket4j's {@code casBasedBuilder}), so concurrent consumers on any instance never
 * over-grant. Keys are {@code <prefix>rl:<policy>:<key>} and expire once the bucket would be full again.
 *
 * <p><b>When Redis is down</b> the limiter degrades to the given in-process limiter and logs a WARN once per
 * outage: it never denies a request because Redis is unreachable (fail-open towards the service) yet still
 * limits each instance on its own (so a login brute force stays bounded per instance). Limits are shared again
 * as soon as Redis answers. A Redis call slower than the command timeout counts as down for that call.
 *
 * <p>A call slower than the command timeout is answered by the in-process bucket too; should Redis apply it
 * afterwards, that one token is counted in both places. Bucket4j's batching keeps bursts on one key fast (see
 * {@code proxy}), so this needs a Redis that is slow, not merely busy.
 *
 * <p>It opens one dedicated connection from the Lettuce client of Spring's {@code LettuceConnectionFactory}
 * (same address, credentials, TLS and client resources as the rest of the app) with a byte-array value codec,
 * which Bucket4j needs. The connection is opened lazily, so a Redis that is down at start-up does not stop the
 * app. Thread-safe.
 */
public final class LettuceRateLimiter implements RateLimiter, AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(LettuceRateLimiter.class);
    /** Bucket proxies kept before the map is cleared (a proxy holds no state Redis does not have). */
    private static final int MAX_PROXIES = 10_000;
    private static final RedisCodec<String, byte[]> CODEC = RedisCodec.of(StringCodec.UTF8, ByteArrayCodec.INSTANCE);

    private final Supplier<? extends AbstractRedisClient> client;
    private final String keyPrefix;
    private final Duration commandTimeout;
    private final InProcessRateLimiter fallback;
    private final RedisOutageLog outage = new RedisOutageLog("rate limiter",
            "limits are counted per instance, in process");
    private final AtomicBoolean connecting = new AtomicBoolean();
    private final Map<ProxyKey, AsyncBucketProxy> proxies = new ConcurrentHashMap<>();
    private volatile StatefulConnection<String, byte[]> connection;
    private volatile AsyncProxyManager<String> buckets;

    /**
     * @param client         supplies the Lettuce {@link RedisClient} or {@link RedisClusterClient}; asked when
     *                       connecting, so it may be a connection factory's client that is created on start
     * @param keyPrefix      prefix of every key, e.g. {@code maang:}
     * @param commandTimeout longest wait for Redis before the call falls back
     * @param fallback       the limiter used while Redis is down
     */
    public LettuceRateLimiter(Supplier<? extends AbstractRedisClient> client, String keyPrefix, Duration commandTimeout,
                              InProcessRateLimiter fallback) {
        this.client = Objects.requireNonNull(client, "client");
        this.keyPrefix = Objects.requireNonNull(keyPrefix, "keyPrefix");
        if (commandTimeout == null || commandTimeout.isNegative() || commandTimeout.isZero()) {
            throw InvalidInputException.of("commandTimeout", "must be a positive duration");
        }
        this.commandTimeout = commandTimeout;
        this.fallback = Objects.requireNonNull(fallback, "fallback");
    }

    @Override
    public Mono<RateLimitDecision> tryConsume(String key, RateLimitPolicy policy) {
        RateLimitPolicy.checkKey(key);
        if (policy == null) {
            throw InvalidInputException.required("policy");
        }
        AsyncProxyManager<String> manager = buckets;
        StatefulConnection<String, byte[]> open = connection;
        if (manager == null || open == null || !open.isOpen()) {
            // Not connected (yet, or during an outage): answer now rather than queue a command Lettuce
            // would replay later and so consume a token after the fact.
            connectInBackground();
            return fallback.tryConsume(key, policy);
        }
        return Mono.fromFuture(() -> proxy(manager, key, policy).tryConsumeAndReturnRemaining(1))
                .timeout(commandTimeout)
                .map(Bucket4jProbes::decision)
                .doOnNext(ignored -> outage.succeeded())
                .onErrorResume(error -> {
                    outage.failed(error);
                    return fallback.tryConsume(key, policy);
                });
    }

    @Override
    public Mono<Void> forget(String key, RateLimitPolicy policy) {
        RateLimitPolicy.checkKey(key);
        if (policy == null) {
            throw InvalidInputException.required("policy");
        }
        String redisKey = redisKey(key, policy);
        proxies.remove(new ProxyKey(redisKey, policy));
        AsyncProxyManager<String> manager = buckets;
        Mono<Void> local = fallback.forget(key, policy);
        if (manager == null) {
            return local;
        }
        return local.then(Mono.fromFuture(() -> manager.removeProxy(redisKey)))
                .timeout(commandTimeout)
                .onErrorResume(error -> {
                    // The bucket expires by itself once it would be full again; nothing to retry.
                    outage.failed(error);
                    return Mono.empty();
                });
    }

    private String redisKey(String key, RateLimitPolicy policy) {
        return keyPrefix + "rl:" + policy.name() + ":" + key;
    }

    /**
     * One proxy per bucket, kept so that Bucket4j's batching can merge concurrent requests of this instance for
     * one bucket into a single compare-and-swap: without it a burst on one key retries its CAS once per
     * competitor and slows down quadratically.
     */
    private AsyncBucketProxy proxy(AsyncProxyManager<String> manager, String key, RateLimitPolicy policy) {
        String redisKey = redisKey(key, policy);
        if (proxies.size() >= MAX_PROXIES) {
            proxies.clear();
        }
        return proxies.computeIfAbsent(new ProxyKey(redisKey, policy), k -> manager.builder()
                .withOptimization(Optimizations.batching())
                .build(redisKey, () -> CompletableFuture.completedFuture(Bucket4jProbes.configuration(policy))));
    }

    private record ProxyKey(String redisKey, RateLimitPolicy policy) {
    }

    private void connectInBackground() {
        if (!connecting.compareAndSet(false, true)) {
            return;
        }
        Mono.fromRunnable(this::connect)
                .subscribeOn(Schedulers.boundedElastic())
                .doFinally(signal -> connecting.set(false))
                .subscribe(null, error -> outage.failed(error));
    }

    private synchronized void connect() {
        if (connection != null) {
            // Opened once: Lettuce reconnects it by itself after an outage; isOpen() is false meanwhile.
            return;
        }
        ExpirationAfterWriteStrategy expiry = ExpirationAfterWriteStrategy.basedOnTimeForRefillingBucketUpToMax(
                Duration.ofSeconds(1));
        AbstractRedisClient redisClient = client.get();
        if (redisClient instanceof RedisClusterClient cluster) {
            StatefulRedisClusterConnection<String, byte[]> opened = cluster.connect(CODEC);
            opened.setTimeout(commandTimeout);
            buckets = Bucket4jLettuce.casBasedBuilder(opened).expirationAfterWrite(expiry).build().asAsync();
            connection = opened;
        } else if (redisClient instanceof RedisClient standalone) {
            StatefulRedisConnection<String, byte[]> opened = standalone.connect(CODEC);
            opened.setTimeout(commandTimeout);
            buckets = Bucket4jLettuce.casBasedBuilder(opened).expirationAfterWrite(expiry).build().asAsync();
            connection = opened;
        } else {
            throw InvalidInputException.of("client", "must be a Lettuce RedisClient or RedisClusterClient (was "
                    + (redisClient == null ? "none" : redisClient.getClass().getName()) + ")");
        }
        outage.succeeded();
        LOG.debug("Rate limiter connected to Redis");
    }

    /** Opens the connection now if Redis is reachable; the limiter works either way. */
    public void warmUp() {
        try {
            connect();
        } catch (RuntimeException unreachable) {
            outage.failed(unreachable);
        }
    }

    @Override
    public void close() {
        StatefulConnection<String, byte[]> open = connection;
        if (open != null) {
            open.close();
        }
    }
}
