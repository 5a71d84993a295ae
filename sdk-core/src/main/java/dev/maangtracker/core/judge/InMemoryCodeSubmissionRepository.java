package dev.maangtracker.core.judge;

import dev.maangtracker.core.error.ConflictException;
import dev.maangtracker.core.error.InvalidInputException;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import java.util.function.Predicate;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * {@link CodeSubmissionRepository} in this process's memory: the embedded default. Thread-safe;
 * nothing survives a restart.
 */
public final class InMemoryCodeSubmissionRepository implements CodeSubmissionRepository {

    private final ConcurrentMap<UUID, CodeSubmission> submissions = new ConcurrentHashMap<>();

    @Override
    public Mono<CodeSubmission> save(CodeSubmission submission) {
        return Mono.fromCallable(() -> {
            Objects.requireNonNull(submission, "submission");
            if (submissions.putIfAbsent(submission.id(), submission) != null) {
                throw ConflictException.duplicate("code submission", "id");
            }
            return submission;
        });
    }

    @Override
    public Flux<CodeSubmission> findByUser(UUID userId, int limit) {
        Objects.requireNonNull(userId, "userId");
        return Mono.fromRunnable(() -> checkLimit(limit)).thenMany(Flux.defer(() -> Flux.fromStream(
                submissions.values().stream()
                        .filter(s -> s.userId().equals(userId))
                        .sorted(Comparator.comparing(CodeSubmission::createdAt).reversed()
                                .thenComparing(CodeSubmission::id))
                        .limit(limit))));
    }

    @Override
    public Flux<CodeSubmission> findBySession(UUID userId, UUID sessionId) {
        Objects.requireNonNull(userId, "userId");
        Objects.requireNonNull(sessionId, "sessionId");
        return Flux.defer(() -> Flux.fromStream(submissions.values().stream()
                .filter(s -> s.userId().equals(userId) && sessionId.equals(s.sessionId()))
                .sorted(Comparator.comparing(CodeSubmission::createdAt).thenComparing(CodeSubmission::id))));
    }

    @Override
    public Mono<Long> deleteBySession(UUID userId, UUID sessionId) {
        Objects.requireNonNull(userId, "userId");
        Objects.requireNonNull(sessionId, "sessionId");
        return removeWhere(s -> s.userId().equals(userId) && sessionId.equals(s.sessionId()));
    }

    @Override
    public Mono<Long> deleteByUser(UUID userId) {
        Objects.requireNonNull(userId, "userId");
        return removeWhere(s -> s.userId().equals(userId));
    }

    private Mono<Long> removeWhere(Predicate<CodeSubmission> doomed) {
        return Mono.fromCallable(() -> {
            long removed = 0;
            for (CodeSubmission submission : List.copyOf(submissions.values())) {
                if (doomed.test(submission) && submissions.remove(submission.id(), submission)) {
                    removed++;
                }
            }
            return removed;
        });
    }

    /** Checks a listing limit against {@link #MAX_LIST_LIMIT}. */
    static void checkLimit(int limit) {
        if (limit < 1 || limit > MAX_LIST_LIMIT) {
            throw InvalidInputException.outOfRange("limit", limit, 1, MAX_LIST_LIMIT);
        }
    }
}
