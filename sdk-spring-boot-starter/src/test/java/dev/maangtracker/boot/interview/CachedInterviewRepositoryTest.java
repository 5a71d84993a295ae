package dev.maangtracker.boot.interview;

import static org.assertj.core.api.Assertions.assertThat;

import dev.maangtracker.core.error.ConflictException;
import dev.maangtracker.core.interview.InMemoryInterviewRepository;
import dev.maangtracker.core.interview.InterviewRepository;
import dev.maangtracker.core.interview.InterviewRepositoryContract;
import dev.maangtracker.core.interview.InterviewSession;
import dev.maangtracker.core.interview.SessionStatus;
import dev.maangtracker.core.question.Difficulty;
import dev.maangtracker.core.question.InterviewMode;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import reactor.core.publisher.Mono;
import reactor.test.StepVerifier;

class CachedInterviewRepositoryTest {

    private static final Duration TIMEOUT = Duration.ofSeconds(5);
    private static final Instant T0 = Instant.parse("2026-11-24T09:00:00Z");

    private final UUID alice = UUID.randomUUID();
    private final InMemoryInterviewRepository database = new InMemoryInterviewRepository();
    private final MapCache cache = new MapCache();
    private final CachedInterviewRepository repository = new CachedInterviewRepository(database, cache);

    /** The decorator keeps the port's contract. */
    @Nested
    class Contract extends InterviewRepositoryContract {
        @Override
        protected InterviewRepository newRepository() {
            return new CachedInterviewRepository(new InMemoryInterviewRepository(), new MapCache());
        }
    }

    private InterviewSession session() {
        return InterviewSession.create(UUID.randomUUID(), alice, InterviewMode.CODING, Difficulty.MEDIUM, null, null,
                Duration.ofMinutes(20), T0);
    }

    private static InterviewSession next(InterviewSession session) {
        return session.toBuilder().status(SessionStatus.IN_PROGRESS).startedAt(T0).questionStartedAt(T0)
                .askedQuestionIds(List.of("q-1")).version(session.version() + 1).build();
    }

    @Test
    void createAndCommitRefreshTheCache() {
        InterviewSession session = session();
        repository.create(session).block(TIMEOUT);
        assertThat(cache.entries).containsEntry(session.id(), session);
        InterviewSession next = next(session);
        repository.commit(next, List.of()).block(TIMEOUT);
        assertThat(cache.entries).containsEntry(session.id(), next);
    }

    @Test
    void findServesACachedSessionWithoutTheDatabase() {
        InterviewSession cachedOnly = session();
        cache.entries.put(cachedOnly.id(), cachedOnly);
        StepVerifier.create(repository.find(alice, cachedOnly.id())).expectNext(cachedOnly).expectComplete()
                .verify(TIMEOUT);
    }

    @Test
    void aMissReadsTheDatabaseAndFillsTheCache() {
        InterviewSession session = session();
        database.create(session).block(TIMEOUT);
        StepVerifier.create(repository.find(alice, session.id())).expectNext(session).expectComplete().verify(TIMEOUT);
        assertThat(cache.entries).containsEntry(session.id(), session);
    }

    @Test
    void anotherUsersCachedSessionIsNotServed() {
        InterviewSession session = session();
        repository.create(session).block(TIMEOUT);
        StepVerifier.create(repository.find(UUID.randomUUID(), session.id())).expectComplete().verify(TIMEOUT);
    }

    @Test
    void deleteEvictsTheSession() {
        InterviewSession session = session();
        repository.create(session).block(TIMEOUT);
        StepVerifier.create(repository.delete(alice, session.id())).expectNext(true).expectComplete().verify(TIMEOUT);
        assertThat(cache.entries).doesNotContainKey(session.id());
        StepVerifier.create(repository.find(alice, session.id())).expectComplete().verify(TIMEOUT);
    }

    @Test
    void aConflictEvictsTheStateItWasComputedFrom() {
        InterviewSession session = session();
        repository.create(session).block(TIMEOUT);
        database.commit(next(session), List.of()).block(TIMEOUT); // another instance, cache not refreshed
        StepVerifier.create(repository.commit(next(session), List.of())).expectError(ConflictException.class)
                .verify(TIMEOUT);
        assertThat(cache.entries).doesNotContainKey(session.id());
        assertThat(repository.find(alice, session.id()).block(TIMEOUT).version()).isEqualTo(1);
    }

    @Test
    void aFailingCacheNeverFailsACall() {
        CachedInterviewRepository overBrokenCache = new CachedInterviewRepository(database, new BrokenCache());
        InterviewSession session = session();
        StepVerifier.create(overBrokenCache.create(session)).expectNext(session).expectComplete().verify(TIMEOUT);
        StepVerifier.create(overBrokenCache.find(alice, session.id())).expectNext(session).expectComplete()
                .verify(TIMEOUT);
        InterviewSession next = next(session);
        StepVerifier.create(overBrokenCache.commit(next, List.of())).expectNext(next).expectComplete().verify(TIMEOUT);
        StepVerifier.create(overBrokenCache.delete(alice, session.id())).expectNext(true).expectComplete()
                .verify(TIMEOUT);
        assertThat(database.find(alice, session.id()).blockOptional(TIMEOUT)).isEmpty();
    }

    @Test
    void aCacheThatThrowsInsteadOfSignallingIsBypassedToo() {
        AtomicInteger calls = new AtomicInteger();
        SessionStateCache throwing = new SessionStateCache() {
            @Override
            public Mono<InterviewSession> get(UUID userId, UUID sessionId) {
                calls.incrementAndGet();
                throw new IllegalStateException("client closed");
            }

            @Override
            public Mono<Void> put(InterviewSession session) {
                calls.incrementAndGet();
                throw new IllegalStateException("client closed");
            }

            @Override
            public Mono<Void> evict(UUID sessionId) {
                calls.incrementAndGet();
                throw new IllegalStateException("client closed");
            }

            @Override
            public Mono<Void> forgetDeleted(UUID sessionId) {
                calls.incrementAndGet();
                throw new IllegalStateException("client closed");
            }
        };
        CachedInterviewRepository overThrowingCache = new CachedInterviewRepository(database, throwing);
        InterviewSession session = session();
        StepVerifier.create(overThrowingCache.create(session)).expectNext(session).expectComplete().verify(TIMEOUT);
        StepVerifier.create(overThrowingCache.find(alice, session.id())).expectNext(session).expectComplete()
                .verify(TIMEOUT);
        StepVerifier.create(overThrowingCache.delete(alice, session.id())).expectNext(true).expectComplete()
                .verify(TIMEOUT);
        assertThat(calls).as("put, get, put after the miss, forget the deleted").hasValue(4);
    }

    /** A cache in a map, as Redis would hold it. */
    static final class MapCache implements SessionStateCache {
        final Map<UUID, InterviewSession> entries = new ConcurrentHashMap<>();

        @Override
        public Mono<InterviewSession> get(UUID userId, UUID sessionId) {
            return Mono.justOrEmpty(entries.get(sessionId)).filter(s -> s.userId().equals(userId));
        }

        @Override
        public Mono<Void> put(InterviewSession session) {
            return Mono.fromRunnable(() -> entries.put(session.id(), session));
        }

        @Override
        public Mono<Void> evict(UUID sessionId) {
            return Mono.fromRunnable(() -> entries.remove(sessionId));
        }

        @Override
        public Mono<Void> forgetDeleted(UUID sessionId) {
            return evict(sessionId);
        }
    }

    /** A cache whose server is down and whose client breaks its promise to complete quietly. */
    static final class BrokenCache implements SessionStateCache {
        @Override
        public Mono<InterviewSession> get(UUID userId, UUID sessionId) {
            return Mono.error(new IllegalStateException("Redis is down"));
        }

        @Override
        public Mono<Void> put(InterviewSession session) {
            return Mono.error(new IllegalStateException("Redis is down"));
        }

        @Override
        public Mono<Void> evict(UUID sessionId) {
            return Mono.error(new IllegalStateException("Redis is down"));
        }

        @Override
        public Mono<Void> forgetDeleted(UUID sessionId) {
            return Mono.error(new IllegalStateException("Redis is down"));
        }
    }
}
