package dev.maangtracker.boot.auth;

import static org.assertj.core.api.Assertions.assertThat;

import dev.maangtracker.testsupport.RealServices;
import dev.maangtracker.testsupport.RedisEndpoint;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.data.redis.connection.RedisStandaloneConfiguration;
import org.springframework.data.redis.connection.lettuce.LettuceConnectionFactory;
import org.springframework.data.redis.core.ReactiveStringRedisTemplate;
import org.springframework.data.redis.core.ScanOptions;

/**
 * The Redis refresh-token store against the real Redis: the contract (concurrent rotation of one
 * token included), hashing at rest, and expiry by Redis's TTL. Keys live under a random prefix,
 * deleted afterwards; the shared server is never flushed.
 */
class RedisRefreshTokenStoreIT extends RefreshTokenStoreContract {

    private final String prefix = "maang:test:auth:" + UUID.randomUUID() + ":";
    private LettuceConnectionFactory factory;
    private ReactiveStringRedisTemplate template;
    private RedisRefreshTokenStore store;

    @BeforeEach
    void connect() {
        RedisEndpoint redis = RealServices.redis();
        factory = new LettuceConnectionFactory(new RedisStandaloneConfiguration(redis.host(), redis.port()));
        factory.afterPropertiesSet();
        factory.start();
        template = new ReactiveStringRedisTemplate(factory);
        store = new RedisRefreshTokenStore(template, prefix);
    }

    @AfterEach
    void cleanUp() {
        if (template != null) {
            List<String> keys = keys();
            if (!keys.isEmpty()) {
                template.delete(keys.toArray(String[]::new)).block(TIMEOUT);
            }
        }
        if (factory != null) {
            factory.destroy();
        }
    }

    @Override
    RefreshTokenStore store() {
        return store;
    }

    private List<String> keys() {
        return template.scan(ScanOptions.scanOptions().match(prefix + "*").count(1000).build())
                .collectList().block(TIMEOUT);
    }

    @Test
    void keepsOnlyHashesOfTokensWithTheirExpiry() {
        String first = token();
        UUID family = login(first);
        String second = token();
        rotate(first, second);

        List<String> keys = keys();
        assertThat(keys).hasSize(4).contains(prefix + "family:" + family, prefix + "user:" + alice)
                .contains(prefix + "token:" + RefreshTokenHashes.sha256(first));
        for (String key : keys) {
            assertThat(key).doesNotContain(first).doesNotContain(second);
            Long ttl = template.getExpire(key).map(Duration::toSeconds).block(TIMEOUT);
            assertThat(ttl).as("TTL of %s", key).isBetween(WEEK.toSeconds() - 60, WEEK.toSeconds());
        }
        assertThat(template.opsForValue().get(prefix + "token:" + RefreshTokenHashes.sha256(first)).block(TIMEOUT))
                .isEqualTo("S|" + alice + "|" + family);
    }

    @Test
    void aTokenExpiresWithItsTtl() throws InterruptedException {
        String first = token();
        store.startFamily(first, alice, UUID.randomUUID(), Duration.ofMillis(200)).block(TIMEOUT);
        // Redis expires keys on its own clock: wait for it, bounded, instead of asserting a duration.
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
        while (!keys().isEmpty() && System.nanoTime() < deadline) {
            Thread.sleep(50);
        }
        assertThat(rotate(first, token())).isNull();
    }
}
