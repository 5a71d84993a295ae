package dev.maangtracker.core.interview;

import dev.maangtracker.core.error.ConflictException;
import dev.maangtracker.core.error.InvalidInputException;
import dev.maangtracker.core.error.NotFoundException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * {@link InterviewRepository} in this process's memory. Thread-safe; each commit is atomic per
 * session. Suitable for tests, the embedded default and single-process use; nothing survives a
 * restart.
 */
public final class InMemoryInterviewRepository implements InterviewRepository {

    private record Stored(InterviewSession session, List<Turn> turns) {
    }

    private final ConcurrentMap<UUID, Stored> sessions = new ConcurrentHashMap<>();

    @Override
    public Mono<InterviewSession> create(InterviewSession session) {
        return Mono.fromCallable(() -> {
            Objects.requireNonNull(session, "session");
            if (session.version() != 0 || session.turnCount() != 0) {
                throw InvalidInputException.of("session", "a new session must have version 0 and no turns");
            }
            if (sessions.putIfAbsent(session.id(), new Stored(session, List.of())) != null) {
                throw ConflictException.duplicate("interview session", "id");
            }
            return session;
        });
    }

    @Override
    public Mono<InterviewSession> find(UUID userId, UUID sessionId) {
        return Mono.fromSupplier(() -> owned(userId, sessionId)).map(Stored::session);
    }

    @Override
    public Flux<InterviewSession> findByUser(UUID userId, int limit) {
        return Mono.fromRunnable(() -> checkLimit(limit)).thenMany(Flux.defer(() -> Flux.fromStream(
                sessions.values().stream()
                        .map(Stored::session)
                        .filter(s -> s.userId().equals(userId))
                        .sorted(Comparator.comparing(InterviewSession::createdAt).reversed()
                                .thenComparing(InterviewSession::id))
                        .limit(limit))));
    }

    @Override
    public Mono<InterviewSession> commit(InterviewSession next, List<Turn> newTurns) {
        return Mono.fromCallable(() -> {
            Objects.requireNonNull(next, "next");
            List<Turn> turns = List.copyOf(newTurns);
            Stored updated = sessions.compute(next.id(), (id, stored) -> {
                if (stored == null || !stored.session().userId().equals(next.userId())) {
                    throw NotFoundException.of("interview session", id);
                }
                InterviewSession current = stored.session();
                if (next.version() != current.version() + 1) {
                    throw ConflictException.staleVersion("interview session", id, next.version() - 1);
                }
                checkTurns(current, next, turns);
                List<Turn> all = new ArrayList<>(stored.turns().size() + turns.size());
                all.addAll(stored.turns());
                all.addAll(turns);
                return new Stored(next, List.copyOf(all));
            });
            return updated.session();
        });
    }

    @Override
    public Flux<Turn> turns(UUID userId, UUID sessionId) {
        return Mono.fromSupplier(() -> owned(userId, sessionId)).flatMapIterable(Stored::turns);
    }

    @Override
    public Mono<Boolean> delete(UUID userId, UUID sessionId) {
        return Mono.fromSupplier(() -> {
            Stored stored = owned(userId, sessionId);
            return stored != null && sessions.remove(sessionId, stored);
        });
    }

    /** The stored entry if it exists and is the user's, else {@code null}. */
    private Stored owned(UUID userId, UUID sessionId) {
        Objects.requireNonNull(userId, "userId");
        Objects.requireNonNull(sessionId, "sessionId");
        Stored stored = sessions.get(sessionId);
        return stored != null && stored.session().userId().equals(userId) ? stored : null;
    }

    private static void checkTurns(InterviewSession current, InterviewSession next, List<Turn> turns) {
        if (next.turnCount() != current.turnCount() + turns.size()) {
            throw InvalidInputException.of("turnCount", "must be " + (current.turnCount() + turns.size())
                    + " after appending " + turns.size() + " turns (was " + next.turnCount() + ")");
        }
        int expected = current.turnCount() + 1;
        for (Turn turn : turns) {
            if (!turn.sessionId().equals(next.id())) {
                throw InvalidInputException.of("turns", "a turn of session " + turn.sessionId() + " cannot be appended here");
            }
            if (turn.sequence() != expected++) {
                throw InvalidInputException.of("turns", "sequence must continue at " + (expected - 1)
                        + " (was " + turn.sequence() + ")");
            }
        }
    }

    static void checkLimit(int limit) {
        if (limit < 1 || limit > MAX_LIST_LIMIT) {
            throw InvalidInputException.outOfRange("limit", limit, 1, MAX_LIST_LIMIT);
        }
    }
}
