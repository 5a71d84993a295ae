package dev.maangtracker.tracker.activity;

import dev.maangtracker.core.error.ConflictException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/** {@link ActivityLog} in memory. Thread-safe; for tests and single-process use. */
public final class InMemoryActivityLog implements ActivityLog {

    private final Map<UUID, List<ActivityEvent>> events = new ConcurrentHashMap<>();

    @Override
    public Mono<ActivityEvent> append(ActivityEvent event) {
        return Mono.fromCallable(() -> {
            Objects.requireNonNull(event, "event");
            List<ActivityEvent> list = events.computeIfAbsent(event.userId(), id -> new ArrayList<>());
            synchronized (list) {
                if (list.stream().anyMatch(e -> e.id().equals(event.id()))) {
                    throw ConflictException.duplicate("activity event", "id " + event.id());
                }
                list.add(event);
            }
            return event;
        });
    }

    @Override
    public Flux<ActivityEvent> findByUser(UUID userId) {
        return Flux.defer(() -> {
            List<ActivityEvent> list = events.getOrDefault(Objects.requireNonNull(userId, "userId"), List.of());
            List<ActivityEvent> copy;
            synchronized (list) {
                copy = new ArrayList<>(list);
            }
            copy.sort(Comparator.comparing(ActivityEvent::occurredAt));
            return Flux.fromIterable(copy);
        });
    }

    @Override
    public Mono<Long> deleteByUser(UUID userId) {
        return Mono.fromCallable(() -> {
            List<ActivityEvent> removed = events.remove(Objects.requireNonNull(userId, "userId"));
            if (removed == null) {
                return 0L;
            }
            synchronized (removed) {
                return (long) removed.size();
            }
        });
    }
}
