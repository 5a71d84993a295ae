package dev.maangtracker.boot.interview;

import dev.maangtracker.core.error.ConflictException;
import dev.maangtracker.core.interview.InterviewRepository;
import dev.maangtracker.core.interview.InterviewSession;
import dev.maangtracker.core.interview.Turn;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * An {@link InterviewRepository} that keeps session state in a {@link SessionStateCache} in front of
 * another repository, the source of truth. Reads try the cache first and fill it on a miss; writes
 * go to the repository first and then refresh (or evict) the cache entry. A cache that fails (even
 * one breaking its promise to complete) is logged and bypassed: it never fails a call. Turns and
 * listings always come from the repository. Thread-safe when both parts are.
 */
public final class CachedInterviewRepository implements InterviewRepository {

    private static final Logger LOG = LoggerFactory.getLogger(CachedInterviewRepository.class);

    private final InterviewRepository delegate;
    private final SessionStateCache cache;

    /**
     * @param delegate the repository that stores sessions durably
     * @param cache    the shared cache of session state
     */
    public CachedInterviewRepository(InterviewRepository delegate, SessionStateCache cache) {
        this.delegate = Objects.requireNonNull(delegate, "delegate");
        this.cache = Objects.requireNonNull(cache, "cache");
    }

    @Override
    public Mono<InterviewSession> create(InterviewSession session) {
        return delegate.create(session).flatMap(this::put);
    }

    @Override
    public Mono<InterviewSession> find(UUID userId, UUID sessionId) {
        Mono<InterviewSession> cached = Mono.defer(() -> cache.get(userId, sessionId))
                .onErrorResume(e -> {
                    LOG.warn("Session cache read failed, reading the database instead: {}", e.toString());
                    return Mono.empty();
                });
        return cached.filter(s -> s.userId().equals(userId))
                .switchIfEmpty(Mono.defer(() -> delegate.find(userId, sessionId).flatMap(this::put)));
    }

    @Override
    public Flux<InterviewSession> findByUser(UUID userId, int limit) {
        return delegate.findByUser(userId, limit);
    }

    @Override
    public Mono<InterviewSession> commit(InterviewSession next, List<Turn> newTurns) {
        // A conflict may mean this instance read a stale cached state: drop it so the retry reads the database.
        return delegate.commit(next, newTurns).flatMap(this::put)
                .onErrorResume(ConflictException.class, e -> evict(next.id()).then(Mono.error(e)));
    }

    @Override
    public Flux<Turn> turns(UUID userId, UUID sessionId) {
        return delegate.turns(userId, sessionId);
    }

    @Override
    public Mono<Boolean> delete(UUID userId, UUID sessionId) {
        return delegate.delete(userId, sessionId)
                .flatMap(deleted -> deleted ? forgetDeleted(sessionId).thenReturn(true) : Mono.just(false));
    }

    /** Forgets a deleted session for good; completes whatever the cache did. */
    private Mono<Void> forgetDeleted(UUID sessionId) {
        return Mono.defer(() -> cache.forgetDeleted(sessionId))
                .onErrorResume(e -> {
                    LOG.warn("Session cache delete of {} failed: {}", sessionId, e.toString());
                    return Mono.empty();
                });
    }

    /** Forgets a cached session; completes whatever the cache did. */
    private Mono<Void> evict(UUID sessionId) {
        return Mono.defer(() -> cache.evict(sessionId))
                .onErrorResume(e -> {
                    LOG.warn("Session cache evict of {} failed: {}", sessionId, e.toString());
                    return Mono.empty();
                });
    }

    /** Caches the stored state, then emits it whatever the cache did. */
    private Mono<InterviewSession> put(InterviewSession session) {
        return Mono.defer(() -> cache.put(session))
                .onErrorResume(e -> {
                    LOG.warn("Session cache write of {} failed: {}", session.id(), e.toString());
                    return Mono.empty();
                })
                .thenReturn(session);
    }
}
