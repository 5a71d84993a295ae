package dev.maangtracker.boot.rag;

import com.github.benmanes.caffeine.cache.Ticker;
import dev.maangtracker.boot.metrics.MeteredRetrievalCache;
import dev.maangtracker.boot.metrics.RetrievalTimer;
import dev.maangtracker.boot.startup.ComponentChoice;
import dev.maangtracker.boot.startup.ComponentChoices;
import dev.maangtracker.core.embedding.Embedder;
import dev.maangtracker.rag.cache.InProcessRetrievalCache;
import dev.maangtracker.rag.cache.RetrievalCache;
import dev.maangtracker.rag.forget.MemoryForgetter;
import dev.maangtracker.rag.retrieve.MemoryRetriever;
import dev.maangtracker.rag.store.InMemoryMemoryStore;
import dev.maangtracker.rag.store.MemoryStore;
import dev.maangtracker.rag.write.MemoryWriter;
import io.micrometer.core.instrument.MeterRegistry;
import io.r2dbc.spi.ConnectionFactory;
import java.time.Clock;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.r2dbc.core.DatabaseClient;
import reactor.core.scheduler.Schedulers;

/**
 * The RAG memory: a {@link MemoryStore} on PostgreSQL + pgvector when the context has an R2DBC
 * {@link ConnectionFactory}, else in memory; a {@link RetrievalCache} (Caffeine in process unless one,
 * such as the Redis cache, is defined); and the writer, retriever and forgetter over them. With a
 * {@link MeterRegistry} the retriever's latency ({@link RetrievalTimer}) and cache lookups
 * ({@link MeteredRetrievalCache}) are measured.
 */
@AutoConfiguration(afterName = {
        "dev.maangtracker.boot.storage.MaangStorageAutoConfiguration",
        "dev.maangtracker.boot.redis.MaangRedisAutoConfiguration",
        "dev.maangtracker.boot.model.MaangModelAutoConfiguration",
        "dev.maangtracker.boot.embedding.MaangEmbeddingAutoConfiguration",
        "org.springframework.boot.r2dbc.autoconfigure.R2dbcAutoConfiguration",
        "org.springframework.boot.data.r2dbc.autoconfigure.DataR2dbcAutoConfiguration"})
@EnableConfigurationProperties(RagProperties.class)
public final class MaangRagAutoConfiguration {

    /** The store's name in the start-up table. */
    public static final String STORE = "memory store";
    /** The cache's name in the start-up table. */
    public static final String CACHE = "retrieval cache";

    /** PostgreSQL + pgvector when a connection factory exists, else in memory. */
    @Bean
    @ConditionalOnMissingBean
    public MemoryStore maangMemoryStore(Embedder embedder, ObjectProvider<ConnectionFactory> connections,
                                        ObjectProvider<DatabaseClient> clients) {
        ConnectionFactory connection = connections.getIfUnique();
        if (connection == null) {
            return new InMemoryMemoryStore(embedder.dimensions());
        }
        DatabaseClient client = clients.getIfUnique(() -> DatabaseClient.create(connection));
        return new PgVectorMemoryStore(client, embedder.dimensions());
    }

    /** Caffeine in this process. */
    @Bean
    @ConditionalOnMissingBean
    public RetrievalCache maangRetrievalCache(RagProperties properties) {
        return new InProcessRetrievalCache(properties.getCache().getTtl(), properties.getCache().getMaxEntries(),
                Ticker.systemTicker());
    }

    /** Writes memories; every write invalidates the user's cached retrievals. */
    @Bean
    @ConditionalOnMissingBean
    public MemoryWriter maangMemoryWriter(MemoryStore store, Embedder embedder, RetrievalCache cache) {
        return new MemoryWriter(store, embedder, cache);
    }

    /** Retrieves memories with {@code maang.rag.retrieval.*} as the default options. */
    @Bean
    @ConditionalOnMissingBean
    public MemoryRetriever maangMemoryRetriever(MemoryStore store, Embedder embedder, RetrievalCache cache,
                                                RagProperties properties, ObjectProvider<Clock> clock,
                                                ObjectProvider<MeterRegistry> meters) {
        MeterRegistry registry = meters.getIfUnique();
        Clock time = clock.getIfUnique(Clock::systemUTC);
        if (registry == null) {
            return new MemoryRetriever(store, embedder, cache, time, Schedulers.boundedElastic(),
                    properties.getRetrieval().toOptions());
        }
        // Only the retriever's lookups are counted: the cache bean itself stays the adapter it is.
        RetrievalCache metered = new MeteredRetrievalCache(cache, registry, cacheTag(cache));
        return new MemoryRetriever(store, embedder, metered, time, Schedulers.boundedElastic(),
                properties.getRetrieval().toOptions(), new RetrievalTimer(registry));
    }

    private static String cacheTag(RetrievalCache cache) {
        if (cache instanceof RedisRetrievalCache) {
            return "redis";
        }
        return cache instanceof InProcessRetrievalCache ? "in-process" : cache.getClass().getSimpleName();
    }

    /** Deletes memories and invalidates the cache in the same step. */
    @Bean
    @ConditionalOnMissingBean
    public MemoryForgetter maangMemoryForgetter(MemoryStore store, RetrievalCache cache, ObjectProvider<Clock> clock) {
        return new MemoryForgetter(store, cache, clock.getIfUnique(Clock::systemUTC));
    }

    /** Where memories live, for the start-up table. */
    @Bean
    public ComponentChoice maangMemoryStoreChoice(MemoryStore store) {
        if (store instanceof PgVectorMemoryStore) {
            return new ComponentChoice(STORE, "PostgreSQL + pgvector (R2DBC)", "R2DBC ConnectionFactory bean");
        }
        return ComponentChoices.describe(STORE, store, InMemoryMemoryStore.class, "in-memory",
                "no R2DBC ConnectionFactory bean");
    }

    /** Where retrievals are cached, for the start-up table. */
    @Bean
    public ComponentChoice maangRetrievalCacheChoice(RetrievalCache cache) {
        if (cache instanceof RedisRetrievalCache) {
            return new ComponentChoice(CACHE, "Redis", "Redis connection configured");
        }
        return ComponentChoices.describe(CACHE, cache, InProcessRetrievalCache.class, "Caffeine (in process)",
                "no other RetrievalCache bean");
    }
}
