package dev.maangtracker.rag.cache;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Ticker;
import dev.maangtracker.core.error.InvalidInputException;
import dev.maangtracker.rag.RetrievedMemory;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import reactor.core.publisher.Mono;

/**
 * {@link RetrievalCache} in this process, on Caffeine: bounded in size, entries expire after the
 * time to live, a per-user version invalidates a user's entries. Thread-safe. For one process; with
 * several app instances use the Redis cache so a write on one instance invalidates all.
 */
public final class InProcessRetrievalCache implements RetrievalCache {

    /** Default time to live of an entry. */
    public static final Duration DEFAULT_TTL = Duration.ofMinutes(5);
    /** Default most entries kept. */
    public static final long DEFAULT_MAX_ENTRIES = 10_000;

    private final Cache<String, List<RetrievedMemory>> entries;
    private final Map<UUID, AtomicLong> versions = new ConcurrentHashMap<>();

    /** A cache with {@link #DEFAULT_TTL} and {@link #DEFAULT_MAX_ENTRIES}. */
    public InProcessRetrievalCache() {
        this(DEFAULT_TTL, DEFAULT_MAX_ENTRIES, Ticker.systemTicker());
    }

    /**
     * @param ttl        how long an entry lives
     * @param maxEntries most entries kept (least recently used go first)
     * @param ticker     the time source; tests pass a fake one instead of sleeping
     */
    public InProcessRetrievalCache(Duration ttl, long maxEntries, Ticker ticker) {
        Objects.requireNonNull(ttl, "ttl");
        if (ttl.isNegative() || ttl.isZero()) {
            throw InvalidInputException.of("ttl", "must be positive");
        }
        if (maxEntries < 1) {
            throw InvalidInputException.outOfRange("maxEntries", maxEntries, 1, Long.MAX_VALUE);
        }
        this.entries = Caffeine.newBuilder().expireAfterWrite(ttl).maximumSize(maxEntries)
                .ticker(Objects.requireNonNull(ticker, "ticker")).build();
    }

    @Override
    public Mono<List<RetrievedMemory>> get(UUID userId, String requestKey) {
        return Mono.fromSupplier(() -> entries.getIfPresent(key(userId, requestKey)));
    }

    @Override
    public Mono<Void> put(UUID userId, String requestKey, List<RetrievedMemory> results) {
        return Mono.fromRunnable(() -> entries.put(key(userId, requestKey), List.copyOf(results)));
    }

    @Override
    public Mono<Void> invalidate(UUID userId) {
        return Mono.fromRunnable(() -> versions.computeIfAbsent(userId, id -> new AtomicLong()).incrementAndGet());
    }

    @Override
    public Mono<Void> removeUser(UUID userId) {
        String prefix = Objects.requireNonNull(userId, "userId") + ":";
        return Mono.fromRunnable(() -> {
            versions.remove(userId);
            entries.asMap().keySet().removeIf(key -> key.startsWith(prefix));
        });
    }

    /** Entries currently held (for tests). */
    long size() {
        entries.cleanUp();
        return entries.estimatedSize();
    }

    private String key(UUID userId, String requestKey) {
        long version = versions.computeIfAbsent(Objects.requireNonNull(userId, "userId"), id -> new AtomicLong()).get();
        return userId + ":" + version + ":" + requestKey;
    }
}
