package dev.maangtracker.rag;

import com.github.benmanes.caffeine.cache.Ticker;
import dev.maangtracker.core.embedding.Embedder;
import dev.maangtracker.core.embedding.HashingEmbedder;
import dev.maangtracker.rag.cache.InProcessRetrievalCache;
import dev.maangtracker.rag.forget.MemoryForgetter;
import dev.maangtracker.rag.retrieve.MemoryRetriever;
import dev.maangtracker.rag.store.InMemoryMemoryStore;
import dev.maangtracker.rag.store.MemoryStore;
import dev.maangtracker.rag.write.MemoryWriter;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import reactor.core.scheduler.Schedulers;

/** The RAG memory wired with in-memory parts, a counting embedder, a fixed clock and a fake cache ticker. */
public final class RagFixture {

    public static final Duration TIMEOUT = Duration.ofSeconds(20);
    public static final Instant NOW = Instant.parse("2026-11-24T12:00:00Z");

    public final AtomicInteger embedCalls = new AtomicInteger();
    public final AtomicLong tickerNanos = new AtomicLong();
    public final Embedder embedder;
    public final MemoryStore store;
    public final InProcessRetrievalCache cache;
    public final Clock clock = Clock.fixed(NOW, ZoneOffset.UTC);
    public final MemoryWriter writer;
    public final MemoryRetriever retriever;
    public final MemoryForgetter forgetter;

    public RagFixture() {
        this(new InMemoryMemoryStore(HashingEmbedder.DEFAULT_DIMENSIONS));
    }

    public RagFixture(MemoryStore store) {
        HashingEmbedder hashing = new HashingEmbedder();
        this.embedder = new Embedder() {
            @Override
            public int dimensions() {
                return hashing.dimensions();
            }

            @Override
            public float[] embed(String text) {
                embedCalls.incrementAndGet();
                return hashing.embed(text);
            }

            @Override
            public List<float[]> embedAll(List<String> texts) {
                embedCalls.incrementAndGet();
                return hashing.embedAll(texts);
            }
        };
        this.store = store;
        Ticker ticker = tickerNanos::get;
        this.cache = new InProcessRetrievalCache(InProcessRetrievalCache.DEFAULT_TTL, 1_000, ticker);
        this.writer = new MemoryWriter(store, embedder, cache, Schedulers.immediate());
        this.retriever = new MemoryRetriever(store, embedder, cache, clock, Schedulers.immediate());
        this.forgetter = new MemoryForgetter(store, cache, clock);
    }
}
