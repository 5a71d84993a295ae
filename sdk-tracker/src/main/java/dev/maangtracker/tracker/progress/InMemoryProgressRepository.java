package dev.maangtracker.tracker.progress;

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

/** {@link ProgressRepository} in memory. Thread-safe; for tests and single-process use. */
public final class InMemoryProgressRepository implements ProgressRepository {

    private final Map<UUID, List<Attempt>> attempts = new ConcurrentHashMap<>();
    private final Map<UUID, Map<String, String>> notes = new ConcurrentHashMap<>();
    private final Map<UUID, UUID> ids = new ConcurrentHashMap<>();

    @Override
    public Mono<Attempt> saveAttempt(Attempt attempt) {
        return Mono.fromCallable(() -> {
            Objects.requireNonNull(attempt, "attempt");
            // Ids are unique over every user, like the table's primary key.
            if (ids.putIfAbsent(attempt.id(), attempt.userId()) != null) {
                throw ConflictException.duplicate("attempt", "id");
            }
            List<Attempt> list = attempts.computeIfAbsent(attempt.userId(), id -> new ArrayList<>());
            synchronized (list) {
                list.add(attempt);
            }
            return attempt;
        });
    }

    @Override
    public Flux<Attempt> attempts(UUID userId) {
        return Flux.defer(() -> {
            List<Attempt> list = attempts.getOrDefault(Objects.requireNonNull(userId, "userId"), List.of());
            List<Attempt> copy;
            synchronized (list) {
                copy = new ArrayList<>(list);
            }
            copy.sort(Comparator.comparing(a -> a.input().attemptedAt()));
            return Flux.fromIterable(copy);
        });
    }

    @Override
    public Mono<String> saveNotes(UUID userId, String slug, String text) {
        return Mono.fromCallable(() -> {
            notes.computeIfAbsent(Objects.requireNonNull(userId, "userId"), id -> new ConcurrentHashMap<>())
                    .put(Objects.requireNonNull(slug, "slug"), Objects.requireNonNull(text, "notes"));
            return text;
        });
    }

    @Override
    public Mono<String> notes(UUID userId, String slug) {
        return Mono.fromCallable(() -> notes.getOrDefault(Objects.requireNonNull(userId, "userId"), Map.of()).get(slug));
    }

    @Override
    public Mono<Long> deleteByUser(UUID userId) {
        return Mono.fromCallable(() -> {
            Objects.requireNonNull(userId, "userId");
            List<Attempt> removed = attempts.remove(userId);
            Map<String, String> removedNotes = notes.remove(userId);
            long count = removedNotes == null ? 0 : removedNotes.size();
            if (removed != null) {
                synchronized (removed) {
                    count += removed.size();
                    removed.forEach(attempt -> ids.remove(attempt.id()));
                }
            }
            return count;
        });
    }
}
