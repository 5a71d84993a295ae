package dev.maangtracker.boot.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import dev.maangtracker.rag.RetrievedMemory;
import dev.maangtracker.rag.cache.RetrievalCache;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import reactor.core.publisher.Mono;
import reactor.test.StepVerifier;

class MeteredRetrievalCacheTest {

    private static final Duration TIMEOUT = Duration.ofSeconds(5);

    private final SimpleMeterRegistry registry = new SimpleMeterRegistry();
    private final AtomicInteger writes = new AtomicInteger();
    private final AtomicInteger invalidations = new AtomicInteger();

    /** Hits for the key "cached", misses for "absent", fails for anything else. */
    private final RetrievalCache cache = new RetrievalCache() {
        @Override
        public Mono<List<RetrievedMemory>> get(UUID userId, String requestKey) {
            if (requestKey.equals("cached")) {
                return Mono.just(List.of());
            }
            return requestKey.equals("absent") ? Mono.empty() : Mono.error(new IllegalStateException("down"));
        }

        @Override
        public Mono<Void> put(UUID userId, String requestKey, List<RetrievedMemory> results) {
            return Mono.fromRunnable(writes::incrementAndGet);
        }

        @Override
        public Mono<Void> invalidate(UUID userId) {
            return Mono.fromRunnable(invalidations::incrementAndGet);
        }

        @Override
        public Mono<Void> removeUser(UUID userId) {
            return Mono.fromRunnable(invalidations::incrementAndGet);
        }
    };

    private double count(String result) {
        return registry.get(MeteredRetrievalCache.LOOKUPS).tags("cache", "test", "result", result).counter().count();
    }

    @Test
    void countsHitsMissesAndErrorsAndPassesTheSignalsOn() {
        MeteredRetrievalCache metered = new MeteredRetrievalCache(cache, registry, "test");
        UUID user = UUID.randomUUID();
        assertThat(count("hit") + count("miss") + count("error")).as("registered before any lookup").isZero();

        assertThat(metered.get(user, "cached").block(TIMEOUT)).isEmpty();
        assertThat(metered.get(user, "absent").blockOptional(TIMEOUT)).isEmpty();
        assertThat(metered.get(user, "absent").blockOptional(TIMEOUT)).isEmpty();
        StepVerifier.create(metered.get(user, "broken")).expectError(IllegalStateException.class).verify(TIMEOUT);

        assertThat(count("hit")).isEqualTo(1);
        assertThat(count("miss")).isEqualTo(2);
        assertThat(count("error")).isEqualTo(1);
    }

    @Test
    void writesAndInvalidationsPassThroughUncounted() {
        MeteredRetrievalCache metered = new MeteredRetrievalCache(cache, registry, "test");
        UUID user = UUID.randomUUID();
        metered.put(user, "k", List.of()).block(TIMEOUT);
        metered.invalidate(user).block(TIMEOUT);
        assertThat(writes).hasValue(1);
        assertThat(invalidations).hasValue(1);
        assertThat(count("hit") + count("miss") + count("error")).isZero();
        assertThat(metered.delegate()).isSameAs(cache);
    }

    @Test
    void nothingIsCountedUntilSubscribed() {
        MeteredRetrievalCache metered = new MeteredRetrievalCache(cache, registry, "test");
        metered.get(UUID.randomUUID(), "cached");
        assertThat(count("hit")).isZero();
    }
}
