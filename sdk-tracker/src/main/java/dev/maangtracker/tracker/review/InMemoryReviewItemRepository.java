package dev.maangtracker.tracker.review;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/** {@link ReviewItemRepository} in a concurrent map. Thread-safe; for tests and single-process use. */
public final class InMemoryReviewItemRepository implements ReviewItemRepository {

    private record Key(ItemType type, String key) {
    }

    private final Map<UUID, Map<Key, ReviewItem>> items = new ConcurrentHashMap<>();

    @Override
    public Mono<ReviewItem> save(ReviewItem item) {
        return Mono.fromCallable(() -> {
            Objects.requireNonNull(item, "item");
            items.computeIfAbsent(item.userId(), id -> new ConcurrentHashMap<>())
                    .put(new Key(item.type(), item.key()), item);
            return item;
        });
    }

    @Override
    public Mono<ReviewItem> find(UUID userId, ItemType type, String key) {
        return Mono.fromCallable(() -> items.getOrDefault(Objects.requireNonNull(userId, "userId"), Map.of())
                .get(new Key(type, key)));
    }

    @Override
    public Flux<ReviewItem> findDue(UUID userId, Instant at) {
        Objects.requireNonNull(at, "at");
        return Flux.defer(() -> Flux.fromIterable(snapshot(userId).stream()
                .filter(item -> item.card().isDueAt(at))
                .sorted(Comparator.comparing((ReviewItem item) -> item.card().due())
                        .thenComparing(ReviewItem::type).thenComparing(ReviewItem::key))
                .toList()));
    }

    @Override
    public Flux<ReviewItem> findAll(UUID userId) {
        return Flux.defer(() -> Flux.fromIterable(snapshot(userId)));
    }

    private List<ReviewItem> snapshot(UUID userId) {
        return List.copyOf(items.getOrDefault(Objects.requireNonNull(userId, "userId"), Map.of()).values());
    }

    @Override
    public Mono<Long> deleteByUser(UUID userId) {
        return Mono.fromCallable(() -> {
            Map<Key, ReviewItem> removed = items.remove(Objects.requireNonNull(userId, "userId"));
            return removed == null ? 0L : (long) removed.size();
        });
    }
}
