package dev.maangtracker.boot.interview;

import dev.maangtracker.core.interview.InterviewSession;
import java.util.UUID;
import reactor.core.publisher.Mono;

/**
 * A cache of interview session state shared by every application instance (Redis in full mode),
 * kept in front of the database so an instance that did not serve the previous request still
 * reads the latest state cheaply. The database stays the source of truth: entries are written
 * after a successful commit and evicted on delete, and a cache failure never fails a request
 * (implementations complete empty and log instead).
 */
public interface SessionStateCache {

    /** The cached session if present and owned by the user, else empty (also when the cache is down). */
    Mono<InterviewSession> get(UUID userId, UUID sessionId);

    /** Stores the state just committed; completes even when the cache is unreachable. */
    Mono<Void> put(InterviewSession session);

    /** Forgets a session's state (it may be stale); completes even when the cache is unreachable. */
    Mono<Void> evict(UUID sessionId);

    /**
     * Forgets a session that was just deleted and keeps it forgotten: a read that loaded the session from the
     * database before the delete must not put it back for a whole time to live, where other instances would
     * still find it. Completes even when the cache is unreachable.
     */
    Mono<Void> forgetDeleted(UUID sessionId);

    /** A cache that holds nothing: every read misses. */
    static SessionStateCache none() {
        return new SessionStateCache() {
            @Override
            public Mono<InterviewSession> get(UUID userId, UUID sessionId) {
                return Mono.empty();
            }

            @Override
            public Mono<Void> put(InterviewSession session) {
                return Mono.empty();
            }

            @Override
            public Mono<Void> evict(UUID sessionId) {
                return Mono.empty();
            }

            @Override
            public Mono<Void> forgetDeleted(UUID sessionId) {
                return Mono.empty();
            }
        };
    }
}
