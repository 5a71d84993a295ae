package dev.maangtracker.boot.interview;

import static dev.maangtracker.boot.storage.StorageDatabase.TIMEOUT;
import static org.assertj.core.api.Assertions.assertThat;

import dev.maangtracker.boot.r2dbc.JsonColumns;
import dev.maangtracker.boot.storage.StorageDatabase;
import dev.maangtracker.core.analytics.AnswerAnalyzer;
import dev.maangtracker.core.candidate.InMemoryCandidateContext;
import dev.maangtracker.core.embedding.HashingEmbedder;
import dev.maangtracker.core.error.ConflictException;
import dev.maangtracker.core.evaluation.CoverageCalibration;
import dev.maangtracker.core.evaluation.RubricScorer;
import dev.maangtracker.core.interview.AnswerResult;
import dev.maangtracker.core.interview.BankQuestionCatalog;
import dev.maangtracker.core.interview.CandidateAnswer;
import dev.maangtracker.core.interview.InMemoryInterviewRepository;
import dev.maangtracker.core.interview.InterviewEngine;
import dev.maangtracker.core.interview.InterviewRepository;
import dev.maangtracker.core.interview.InterviewRepositoryContract;
import dev.maangtracker.core.interview.InterviewSession;
import dev.maangtracker.core.interview.NewInterview;
import dev.maangtracker.core.interview.RubricInterviewer;
import dev.maangtracker.core.interview.SessionStatus;
import dev.maangtracker.core.interview.Turn;
import dev.maangtracker.core.interview.TurnKind;
import dev.maangtracker.core.interview.TurnRole;
import dev.maangtracker.core.question.Difficulty;
import dev.maangtracker.core.question.InterviewMode;
import dev.maangtracker.core.question.QuestionBank;
import dev.maangtracker.core.testing.MutableClock;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.test.StepVerifier;

/**
 * The interview repository contract against the real PostgreSQL, plus what only a database can get
 * wrong: a failed turn insert rolling back its session update, two racing commits, and every
 * field of a real interview (reports, evaluations, analytics as JSON) surviving a round trip.
 */
class R2dbcInterviewRepositoryIT extends InterviewRepositoryContract {

    private static final Instant T0 = Instant.parse("2026-11-24T09:00:00Z");

    private final StorageDatabase database = StorageDatabase.shared();

    @Override
    protected InterviewRepository newRepository() {
        database.createUser(alice);
        database.createUser(bob);
        return repository();
    }

    private R2dbcInterviewRepository repository() {
        return new R2dbcInterviewRepository(database.client(), database.transactions(), new JsonColumns());
    }

    private static InterviewSession started(InterviewSession session, int addedTurns) {
        return session.toBuilder().status(SessionStatus.IN_PROGRESS).askedQuestionIds(List.of("q-1"))
                .turnCount(session.turnCount() + addedTurns).startedAt(T0).questionStartedAt(T0)
                .version(session.version() + 1).build();
    }

    private static Turn turn(InterviewSession session, int sequence, String text) {
        return new Turn(UUID.randomUUID(), session.id(), sequence, TurnRole.INTERVIEWER, TurnKind.QUESTION, "q-1",
                text, null, null, null, null, "rubric", T0);
    }

    @Test
    void aFailedTurnInsertLeavesTheSessionRowUnchanged() {
        R2dbcInterviewRepository repository = repository();
        InterviewSession session = newSession(alice, T0);
        repository.create(session).block(TIMEOUT);
        // A turn numbered 1 slipped in behind the repository's back: the commit's own turn 1 collides.
        database.client().sql("INSERT INTO interview_turns (session_id, user_id, sequence_number, role, kind, message, "
                        + "produced_by) VALUES (:session, :user, 1, 'SYSTEM', 'FEEDBACK', 'intruder', 'engine')")
                .bind("session", session.id()).bind("user", alice).fetch().rowsUpdated().block(TIMEOUT);

        StepVerifier.create(repository.commit(started(session, 1), List.of(turn(session, 1, "first question"))))
                .expectError(ConflictException.class).verify(TIMEOUT);

        StepVerifier.create(repository.find(alice, session.id())).expectNext(session).expectComplete().verify(TIMEOUT);
        StepVerifier.create(repository.turns(alice, session.id()).map(Turn::text)).expectNext("intruder")
                .expectComplete().verify(TIMEOUT);
    }

    @Test
    void ofTwoCommitsFromOneVersionOneWinsAndTheOtherIsAConflict() throws Exception {
        R2dbcInterviewRepository repository = repository();
        InterviewSession session = newSession(alice, T0);
        repository.create(session).block(TIMEOUT);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        CountDownLatch go = new CountDownLatch(1);
        try {
            Future<Throwable> first = pool.submit(() -> commitAfter(go, repository, session, "answer A"));
            Future<Throwable> second = pool.submit(() -> commitAfter(go, repository, session, "answer B"));
            go.countDown();
            List<Throwable> outcomes = Arrays.asList(first.get(30, TimeUnit.SECONDS), second.get(30, TimeUnit.SECONDS));
            assertThat(outcomes).filteredOn(e -> e == null).hasSize(1);
            assertThat(outcomes).filteredOn(e -> e != null).singleElement().isInstanceOf(ConflictException.class);
        } finally {
            pool.shutdownNow();
        }
        assertThat(repository.turns(alice, session.id()).collectList().block(TIMEOUT)).hasSize(1);
        assertThat(repository.find(alice, session.id()).block(TIMEOUT).version()).isEqualTo(1);
    }

    private static Throwable commitAfter(CountDownLatch go, InterviewRepository repository, InterviewSession session,
                                         String text) throws InterruptedException {
        go.await();
        try {
            repository.commit(started(session, 1), List.of(turn(session, 1, text))).block(TIMEOUT);
            return null;
        } catch (RuntimeException e) {
            return e;
        }
    }

    @Test
    void aWholeCodingInterviewReadsBackFieldForField() {
        InMemoryInterviewRepository mirror = new InMemoryInterviewRepository();
        InterviewRepository stored = repository();
        MutableClock clock = new MutableClock(T0);
        HashingEmbedder embedder = new HashingEmbedder();
        BankQuestionCatalog catalog = BankQuestionCatalog.of(QuestionBank.loadDefault());
        InterviewEngine engine = InterviewEngine.builder().repository(new Tee(stored, mirror)).catalog(catalog)
                .fallback(new RubricInterviewer(catalog, new RubricScorer(embedder, CoverageCalibration.HASHING),
                        embedder, clock))
                .candidateContext(new InMemoryCandidateContext(embedder)).analyzer(new AnswerAnalyzer()).clock(clock)
                .build();

        UUID id = engine.create(alice, new NewInterview(InterviewMode.CODING, Difficulty.MEDIUM, "Acme", "Backend",
                null)).block(TIMEOUT).id();
        engine.start(alice, id).block(TIMEOUT);
        engine.hint(alice, id).block(TIMEOUT);
        engine.pause(alice, id).block(TIMEOUT);
        clock.advance(Duration.ofMinutes(3));
        InterviewSession paused = stored.find(alice, id).block(TIMEOUT);
        engine.resume(alice, id).block(TIMEOUT);
        AnswerResult result;
        int answers = 0;
        do {
            clock.advance(Duration.ofMinutes(2));
            result = engine.answer(alice, id, new CandidateAnswer("I use a hash map from value to index and look up"
                    + " the complement first, O(n) time and O(n) space.", "def solve(nums, target):\n    return []",
                    "python", Duration.ofSeconds(60))).block(TIMEOUT);
            answers++;
        } while (!result.finished() && answers < 20);
        engine.complete(alice, id).block(TIMEOUT);

        assertThat(paused.pausedAt()).isNotNull();
        InterviewSession completed = stored.find(alice, id).block(TIMEOUT);
        assertThat(completed.status()).isEqualTo(SessionStatus.COMPLETED);
        assertThat(completed.report()).isNotNull();
        assertThat(completed).isEqualTo(mirror.find(alice, id).block(TIMEOUT));
        List<Turn> turns = stored.turns(alice, id).collectList().block(TIMEOUT);
        assertThat(turns).isEqualTo(mirror.turns(alice, id).collectList().block(TIMEOUT));
        assertThat(turns).anyMatch(t -> t.evaluation() != null).anyMatch(t -> t.analytics() != null)
                .anyMatch(t -> "python".equals(t.language()));
    }

    /** Writes to the database and to an in-memory twin, reads from the database. */
    private record Tee(InterviewRepository stored, InterviewRepository mirror) implements InterviewRepository {

        @Override
        public Mono<InterviewSession> create(InterviewSession session) {
            return stored.create(session).flatMap(s -> mirror.create(session));
        }

        @Override
        public Mono<InterviewSession> find(UUID userId, UUID sessionId) {
            return stored.find(userId, sessionId);
        }

        @Override
        public Flux<InterviewSession> findByUser(UUID userId, int limit) {
            return stored.findByUser(userId, limit);
        }

        @Override
        public Mono<InterviewSession> commit(InterviewSession next, List<Turn> newTurns) {
            return stored.commit(next, newTurns).flatMap(s -> mirror.commit(next, newTurns));
        }

        @Override
        public Flux<Turn> turns(UUID userId, UUID sessionId) {
            return stored.turns(userId, sessionId);
        }

        @Override
        public Mono<Boolean> delete(UUID userId, UUID sessionId) {
            return stored.delete(userId, sessionId).flatMap(d -> mirror.delete(userId, sessionId));
        }
    }
}
