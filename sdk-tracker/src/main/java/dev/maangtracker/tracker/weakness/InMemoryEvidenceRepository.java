package dev.maangtracker.tracker.weakness;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/** {@link EvidenceRepository} in memory. Thread-safe; for tests and single-process use. */
public final class InMemoryEvidenceRepository implements EvidenceRepository {

    private final Map<UUID, List<Evidence>> evidence = new ConcurrentHashMap<>();

    @Override
    public Mono<Integer> append(UUID userId, List<Evidence> items) {
        return Mono.fromCallable(() -> {
            List<Evidence> copy = List.copyOf(items);
            List<Evidence> list = evidence.computeIfAbsent(Objects.requireNonNull(userId, "userId"),
                    id -> new ArrayList<>());
            synchronized (list) {
                list.addAll(copy);
            }
            return copy.size();
        });
    }

    @Override
    public Flux<Evidence> findByUser(UUID userId) {
        return Flux.defer(() -> {
            List<Evidence> list = evidence.getOrDefault(Objects.requireNonNull(userId, "userId"), List.of());
            List<Evidence> copy;
            synchronized (list) {
                copy = new ArrayList<>(list);
            }
            copy.sort(Comparator.comparing(Evidence::at));
            return Flux.fromIterable(copy);
        });
    }

    @Override
    public Mono<Long> deleteByUser(UUID userId) {
        return Mono.fromCallable(() -> {
            List<Evidence> removed = evidence.remove(Objects.requireNonNull(userId, "userId"));
            if (removed == null) {
                return 0L;
            }
            synchronized (removed) {
                return (long) removed.size();
            }
        });
    }
}
