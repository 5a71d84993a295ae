package dev.maangtracker.boot.rag;

import static org.assertj.core.api.Assertions.assertThat;

import dev.maangtracker.core.embedding.Embedder;
import dev.maangtracker.core.embedding.HashingEmbedder;
import dev.maangtracker.rag.Memory;
import dev.maangtracker.rag.MessageType;
import dev.maangtracker.rag.RetrievedMemory;
import dev.maangtracker.rag.forget.MemoryForgetter;
import dev.maangtracker.rag.retrieve.MemoryRetriever;
import dev.maangtracker.rag.store.InMemoryMemoryStore;
import dev.maangtracker.rag.write.MemoryWriter;
import dev.maangtracker.rag.write.NewMemory;
import dev.maangtracker.testsupport.RealServices;
import dev.maangtracker.testsupport.RedisEndpoint;
import io.lettuce.core.ClientOptions;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.data.redis.connection.RedisStandaloneConfiguration;
import org.springframework.data.redis.connection.lettuce.LettuceClientConfiguration;
import org.springframework.data.redis.connection.lettuce.LettuceConnectionFactory;
import org.springframework.data.redis.core.ReactiveStringRedisTemplate;
import org.springframework.data.redis.core.ScanOptions;
import reactor.core.scheduler.Schedulers;

/** The Redis retrieval cache against a real Redis: hits, invalidation, expiry, and a Redis that dies. */
class RedisRetrievalCacheIT {

    private static final Duration TIMEOUT = Duration.ofSeconds(20);
    private final UUID alice = UUID.randomUUID();
    private final HashingEmbedder hashing = new HashingEmbedder();
    private final AtomicInteger embeds = new AtomicInteger();
    private final InMemoryMemoryStore store = new InMemoryMemoryStore(HashingEmbedder.DEFAULT_DIMENSIONS);
    private LettuceConnectionFactory factory;
    private Process ownRedis;

    @AfterEach
    void close() {
        if (factory != null) {
            factory.destroy();
        }
        if (ownRedis != null) {
            ownRedis.destroyForcibly();
        }
    }

    private ReactiveStringRedisTemplate connect(String host, int port) {
        LettuceClientConfiguration client = LettuceClientConfiguration.builder()
                .commandTimeout(Duration.ofMillis(500))
                .clientOptions(ClientOptions.builder()
                        .disconnectedBehavior(ClientOptions.DisconnectedBehavior.REJECT_COMMANDS).build())
                .build();
        factory = new LettuceConnectionFactory(new RedisStandaloneConfiguration(host, port), client);
        factory.afterPropertiesSet();
        factory.start();
        return new ReactiveStringRedisTemplate(factory);
    }

    private Embedder countingEmbedder() {
        return new Embedder() {
            @Override
            public int dimensions() {
                return hashing.dimensions();
            }

            @Override
            public float[] embed(String text) {
                embeds.incrementAndGet();
                return hashing.embed(text);
            }
        };
    }

    private MemoryRetriever retriever(RedisRetrievalCache cache) {
        return new MemoryRetriever(store, countingEmbedder(), cache, Clock.systemUTC(), Schedulers.immediate());
    }

    private Memory remember(MemoryWriter writer, String text) {
        return writer.remember(new NewMemory(alice, null, null, text, null, MessageType.ANSWER, Instant.now()))
                .block(TIMEOUT).get(0);
    }

    @Test
    void hitsAfterAMissAndIsInvalidatedByWritesAndDeletes() {
        RedisEndpoint redis = RealServices.redis();
        RedisRetrievalCache cache = new RedisRetrievalCache(connect(redis.host(), redis.port()), Duration.ofMinutes(5));
        MemoryWriter writer = new MemoryWriter(store, hashing, cache, Schedulers.immediate());
        MemoryRetriever retriever = retriever(cache);
        Memory first = remember(writer, "I used union-find to count connected components.");

        List<RetrievedMemory> miss = retriever.retrieve(alice, "union-find components").block(TIMEOUT);
        List<RetrievedMemory> hit = retriever.retrieve(alice, "union-find components").block(TIMEOUT);
        assertThat(embeds.get()).as("the second call is served by Redis").isEqualTo(1);
        assertThat(hit).extracting(r -> r.memory().id()).containsExactlyElementsOf(miss.stream().map(r -> r.memory().id()).toList());
        assertThat(hit.get(0).memory().embedding()).containsExactly(miss.get(0).memory().embedding());

        remember(writer, "Union-find with path compression made the components query fast.");
        assertThat(retriever.retrieve(alice, "union-find components").block(TIMEOUT)).hasSize(2);
        assertThat(embeds.get()).as("a write invalidates").isEqualTo(2);

        new MemoryForgetter(store, cache, Clock.systemUTC()).forget(alice, first.id()).block(TIMEOUT);
        assertThat(retriever.retrieve(alice, "union-find components").block(TIMEOUT))
                .extracting(r -> r.memory().id()).doesNotContain(first.id());
        assertThat(embeds.get()).as("a delete invalidates").isEqualTo(3);
    }

    @Test
    void removingAUserLeavesNoKeyOfTheUserAndKeepsOtherUsers() {
        RedisEndpoint redis = RealServices.redis();
        ReactiveStringRedisTemplate template = connect(redis.host(), redis.port());
        RedisRetrievalCache cache = new RedisRetrievalCache(template, Duration.ofMinutes(5));
        UUID bob = UUID.randomUUID();
        cache.put(alice, "q1", List.of()).block(TIMEOUT);
        cache.invalidate(alice).block(TIMEOUT);
        cache.put(alice, "q2", List.of()).block(TIMEOUT);
        cache.put(bob, "q1", List.of()).block(TIMEOUT);

        cache.removeUser(alice).block(TIMEOUT);

        assertThat(template.scan(ScanOptions.scanOptions().match("maang:rag:*" + alice + "*").build()).collectList()
                .block(TIMEOUT)).isEmpty();
        assertThat(cache.get(alice, "q2").block(TIMEOUT)).isNull();
        assertThat(cache.get(bob, "q1").block(TIMEOUT)).isEmpty();
        cache.removeUser(bob).block(TIMEOUT);
    }

    @Test
    void entriesExpireAfterTheTtl() throws InterruptedException {
        RedisEndpoint redis = RealServices.redis();
        RedisRetrievalCache cache = new RedisRetrievalCache(connect(redis.host(), redis.port()), Duration.ofMillis(300));
        remember(new MemoryWriter(store, hashing, cache, Schedulers.immediate()), "I used a monotonic stack.");
        MemoryRetriever retriever = retriever(cache);
        retriever.retrieve(alice, "monotonic stack").block(TIMEOUT);
        // Redis expires keys on its own clock: wait for it, bounded, instead of asserting a duration.
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
        while (embeds.get() < 2 && System.nanoTime() < deadline) {
            retriever.retrieve(alice, "monotonic stack").block(TIMEOUT);
            Thread.sleep(100);
        }
        assertThat(embeds.get()).as("an expired entry is recomputed").isGreaterThanOrEqualTo(2);
    }

    @Test
    void retrievalStillAnswersWhenRedisDies() throws Exception {
        int port = freePort();
        ownRedis = new ProcessBuilder("redis-server", "--port", String.valueOf(port), "--bind", "127.0.0.1",
                "--save", "", "--appendonly", "no", "--dir", Files.createTempDirectory("redis-it").toString())
                .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        RedisRetrievalCache cache = null;
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (cache == null) {
            try {
                ReactiveStringRedisTemplate template = connect("127.0.0.1", port);
                template.opsForValue().get("ping").block(Duration.ofSeconds(1));
                cache = new RedisRetrievalCache(template, Duration.ofMinutes(5));
            } catch (RuntimeException notYet) {
                factory.destroy();
                if (System.nanoTime() > deadline) {
                    throw notYet;
                }
                Thread.sleep(100);
            }
        }
        MemoryWriter writer = new MemoryWriter(store, hashing, cache, Schedulers.immediate());
        remember(writer, "I sharded the orders table by customer id.");
        MemoryRetriever retriever = retriever(cache);
        assertThat(retriever.retrieve(alice, "sharded orders").block(TIMEOUT)).hasSize(1);

        ownRedis.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
        assertThat(retriever.retrieve(alice, "sharded orders").block(TIMEOUT)).as("cache bypassed").hasSize(1);
        assertThat(retriever.retrieve(alice, "sharded orders by customer").block(TIMEOUT)).hasSize(1);
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
