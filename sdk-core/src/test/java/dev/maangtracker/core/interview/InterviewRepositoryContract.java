package dev.maangtracker.core.interview;

import static org.assertj.core.api.Assertions.assertThat;

import dev.maangtracker.core.error.ConflictException;
import dev.maangtracker.core.error.InvalidInputException;
import dev.maangtracker.core.error.NotFoundException;
import dev.maangtracker.core.question.Difficulty;
import dev.maangtracker.core.question.InterviewMode;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import reactor.test.StepVerifier;

/**
 * The behaviour every {@link InterviewRepository} shares. The in-memory implementation and the
 * R2DBC one in the starter both extend this class.
 */
public abstract class InterviewRepositoryContract {

    private static final Duration TIMEOUT = Duration.ofSeconds(10);
    private static final Instant T0 = Instant.parse("2026-11-24T09:00:00Z");

    private InterviewRepository repository;
    /** Users of each test; stores with foreign keys create them in the factory method. */
    protected final UUID alice = UUID.randomUUID();
    /** A second user whose data must stay invisible to {@link #alice}. */
    protected final UUID bob = UUID.randomUUID();

    /** A fresh, empty repository for each test; users are random so a shared database is fine. */
    protected abstract InterviewRepository newRepository();

    @BeforeEach
    void setUp() {
        repository = newRepository();
    }

    protected static InterviewSession newSession(UUID userId, Instant createdAt) {
        return InterviewSession.create(UUID.randomUUID(), userId, InterviewMode.BEHAVIORAL, Difficulty.MEDIUM,
                "Acme", "Backend engineer", Duration.ofMinutes(15), createdAt);
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
    void findsTheOwnersSession() {
        InterviewSession session = newSession(alice, T0);
        repository.create(session).block(TIMEOUT);
        StepVerifier.create(repository.find(alice, session.id())).expectNext(session).expectComplete().verify(TIMEOUT);
    }

    @Test
    void anotherUsersSessionLooksMissing() {
        InterviewSession session = newSession(alice, T0);
        repository.create(session).block(TIMEOUT);
        StepVerifier.create(repository.find(bob, session.id())).expectComplete().verify(TIMEOUT);
        StepVerifier.create(repository.turns(bob, session.id())).expectComplete().verify(TIMEOUT);
        StepVerifier.create(repository.delete(bob, session.id())).expectNext(false).expectComplete().verify(TIMEOUT);
        InterviewSession stolen = new InterviewSession(session.id(), bob, session.mode(), session.difficulty(), null, null,
                SessionStatus.IN_PROGRESS, List.of("q-1"), 0, session.questionTimeLimit(), T0, T0, T0, null, null, null, 1);
        StepVerifier.create(repository.commit(stolen, List.of())).expectError(NotFoundException.class).verify(TIMEOUT);
        StepVerifier.create(repository.find(alice, session.id())).expectNext(session).expectComplete().verify(TIMEOUT);
    }

    @Test
    void rejectsADuplicateId() {
        InterviewSession session = newSession(alice, T0);
        repository.create(session).block(TIMEOUT);
        StepVerifier.create(repository.create(session)).expectError(ConflictException.class).verify(TIMEOUT);
    }

    @Test
    void commitStoresTheStateAndAppendsTheTurns() {
        InterviewSession session = newSession(alice, T0);
        repository.create(session).block(TIMEOUT);
        InterviewSession next = started(session, 2);
        Turn first = turn(session, 1, "Tell me about a time you disagreed with your manager.");
        Turn second = turn(session, 2, "Take your time; structure it as situation, task, action, result.");
        StepVerifier.create(repository.commit(next, List.of(first, second))).expectNext(next).expectComplete().verify(TIMEOUT);
        StepVerifier.create(repository.find(alice, session.id())).expectNext(next).expectComplete().verify(TIMEOUT);
        StepVerifier.create(repository.turns(alice, session.id())).expectNext(first, second).expectComplete().verify(TIMEOUT);
    }

    @Test
    void staleVersionIsRejectedAndNothingIsWritten() {
        InterviewSession session = newSession(alice, T0);
        repository.create(session).block(TIMEOUT);
        InterviewSession next = started(session, 1);
        repository.commit(next, List.of(turn(session, 1, "first"))).block(TIMEOUT);
        InterviewSession computedFromOldState = started(session, 1);
        StepVerifier.create(repository.commit(computedFromOldState, List.of(turn(session, 1, "lost race"))))
                .expectError(ConflictException.class).verify(TIMEOUT);
        StepVerifier.create(repository.turns(alice, session.id()).map(Turn::text)).expectNext("first").expectComplete().verify(TIMEOUT);
    }

    @Test
    void turnsMustContinueTheSequence() {
        InterviewSession session = newSession(alice, T0);
        repository.create(session).block(TIMEOUT);
        StepVerifier.create(repository.commit(started(session, 1), List.of(turn(session, 3, "gap"))))
                .expectError(InvalidInputException.class).verify(TIMEOUT);
        StepVerifier.create(repository.find(alice, session.id())).expectNext(session).expectComplete().verify(TIMEOUT);
        StepVerifier.create(repository.turns(alice, session.id())).expectComplete().verify(TIMEOUT);
    }

    @Test
    void listsTheUsersSessionsNewestFirst() {
        InterviewSession older = newSession(alice, T0);
        InterviewSession newer = newSession(alice, T0.plusSeconds(60));
        repository.create(older).block(TIMEOUT);
        repository.create(newer).block(TIMEOUT);
        repository.create(newSession(bob, T0.plusSeconds(30))).block(TIMEOUT);
        StepVerifier.create(repository.findByUser(alice, 10)).expectNext(newer, older).expectComplete().verify(TIMEOUT);
        StepVerifier.create(repository.findByUser(alice, 1)).expectNext(newer).expectComplete().verify(TIMEOUT);
    }

    @Test
    void rejectsAListLimitOutOfRange() {
        StepVerifier.create(repository.findByUser(alice, 0)).expectError(InvalidInputException.class).verify(TIMEOUT);
        StepVerifier.create(repository.findByUser(alice, InterviewRepository.MAX_LIST_LIMIT + 1))
                .expectError(InvalidInputException.class).verify(TIMEOUT);
    }

    @Test
    void deleteRemovesTheSessionAndItsTurns() {
        InterviewSession session = newSession(alice, T0);
        repository.create(session).block(TIMEOUT);
        repository.commit(started(session, 1), List.of(turn(session, 1, "q"))).block(TIMEOUT);
        StepVerifier.create(repository.delete(alice, session.id())).expectNext(true).expectComplete().verify(TIMEOUT);
        StepVerifier.create(repository.find(alice, session.id())).expectComplete().verify(TIMEOUT);
        StepVerifier.create(repository.turns(alice, session.id())).expectComplete().verify(TIMEOUT);
    }

    @Test
    void ofConcurrentCommitsFromOneStateExactlyOneWins() throws Exception {
        InterviewSession session = newSession(alice, T0);
        repository.create(session).block(TIMEOUT);
        int writers = 8;
        ExecutorService pool = Executors.newFixedThreadPool(writers);
        CountDownLatch go = new CountDownLatch(1);
        List<Future<Boolean>> outcomes = new ArrayList<>();
        for (int i = 0; i < writers; i++) {
            String text = "answer " + i;
            outcomes.add(pool.submit(() -> {
                go.await();
                try {
                    repository.commit(started(session, 1), List.of(turn(session, 1, text))).block(TIMEOUT);
                    return true;
                } catch (ConflictException e) {
                    return false;
                }
            }));
        }
        go.countDown();
        int wins = 0;
        for (Future<Boolean> outcome : outcomes) {
            wins += outcome.get(20, TimeUnit.SECONDS) ? 1 : 0;
        }
        pool.shutdown();
        assertThat(wins).isEqualTo(1);
        assertThat(repository.turns(alice, session.id()).collectList().block(TIMEOUT)).hasSize(1);
        assertThat(repository.find(alice, session.id()).block(TIMEOUT).version()).isEqualTo(1);
    }
}
