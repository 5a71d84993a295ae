package dev.maangtracker.core.judge;

import static org.assertj.core.api.Assertions.assertThat;

import dev.maangtracker.core.error.ConflictException;
import dev.maangtracker.core.error.InvalidInputException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import reactor.test.StepVerifier;

/**
 * The behaviour every {@link CodeSubmissionRepository} shares. The in-memory implementation and the
 * R2DBC one in the starter both extend this class.
 */
public abstract class CodeSubmissionRepositoryContract {

    private static final Duration TIMEOUT = Duration.ofSeconds(10);
    private static final Instant T0 = Instant.parse("2026-11-24T09:00:00Z");

    private CodeSubmissionRepository repository;
    /** Users of each test; stores with foreign keys create them in {@link #newRepository()}. */
    protected final UUID alice = UUID.randomUUID();
    /** A second user whose submissions must stay invisible to {@link #alice}. */
    protected final UUID bob = UUID.randomUUID();

    /** A fresh repository for each test; users are random so a shared database is fine. */
    protected abstract CodeSubmissionRepository newRepository();

    /** An interview session of the user that submissions may point to. */
    protected abstract UUID newSession(UUID userId);

    @BeforeEach
    void setUp() {
        repository = newRepository();
    }

    private static JudgeResult wrongOnSecondTest() {
        return new JudgeResult(Verdict.WRONG_ANSWER, List.of(
                new TestResult(0, false, Verdict.ACCEPTED, Duration.ofMillis(12), 48L * 1024 * 1024),
                new TestResult(1, true, Verdict.WRONG_ANSWER, Duration.ofMillis(30), 50L * 1024 * 1024)),
                Optional.empty(), "expected 3 but was 4", Duration.ofMillis(400));
    }

    private static CodeSubmission submission(UUID user, UUID session, Instant at) {
        return CodeSubmission.of(user, session, null, "two-sum", Language.JAVA,
                "class Solution { int[] twoSum(int[] a, int t) { return a; } }", wrongOnSecondTest(), at);
    }

    @Test
    void storesEveryFieldAndEachTestWithItsHiddenFlag() {
        CodeSubmission stored = submission(alice, null, T0);
        StepVerifier.create(repository.save(stored)).expectNext(stored).expectComplete().verify(TIMEOUT);
        CodeSubmission read = repository.findByUser(alice, 10).blockFirst(TIMEOUT);
        assertThat(read).isEqualTo(stored);
        assertThat(read.tests()).extracting(SubmittedTest::hidden).containsExactly(false, true);
        assertThat(read.tests().get(1).message()).isEqualTo("expected 3 but was 4");
        assertThat(read.passedCount()).isEqualTo(1);
        assertThat(read.runTime()).isEqualTo(Duration.ofMillis(42));
        assertThat(read.peakMemoryKb()).isEqualTo(50L * 1024);
    }

    @Test
    void storesACompilationErrorWithoutTests() {
        JudgeResult failed = new JudgeResult(Verdict.COMPILATION_ERROR, List.of(), Optional.empty(),
                "Solution.java:1: error: ';' expected", Duration.ofMillis(300));
        CodeSubmission stored = CodeSubmission.of(alice, null, null, "two-sum", Language.PYTHON, "def f(:", failed, T0);
        repository.save(stored).block(TIMEOUT);
        CodeSubmission read = repository.findByUser(alice, 1).blockFirst(TIMEOUT);
        assertThat(read).isEqualTo(stored);
        assertThat(read.runTime()).isNull();
        assertThat(read.totalCount()).isZero();
    }

    @Test
    void listsTheUsersSubmissionsNewestFirstUpToTheLimit() {
        CodeSubmission older = submission(alice, null, T0);
        CodeSubmission newer = submission(alice, null, T0.plusSeconds(60));
        repository.save(older).block(TIMEOUT);
        repository.save(newer).block(TIMEOUT);
        repository.save(submission(bob, null, T0.plusSeconds(30))).block(TIMEOUT);
        StepVerifier.create(repository.findByUser(alice, 10)).expectNext(newer, older).expectComplete().verify(TIMEOUT);
        StepVerifier.create(repository.findByUser(alice, 1)).expectNext(newer).expectComplete().verify(TIMEOUT);
    }

    @Test
    void listsASessionsSubmissionsOldestFirstForItsOwnerOnly() {
        UUID session = newSession(alice);
        CodeSubmission first = submission(alice, session, T0);
        CodeSubmission second = submission(alice, session, T0.plusSeconds(60));
        repository.save(second).block(TIMEOUT);
        repository.save(first).block(TIMEOUT);
        repository.save(submission(alice, null, T0.plusSeconds(30))).block(TIMEOUT);
        StepVerifier.create(repository.findBySession(alice, session)).expectNext(first, second).expectComplete()
                .verify(TIMEOUT);
        StepVerifier.create(repository.findBySession(bob, session)).expectComplete().verify(TIMEOUT);
    }

    @Test
    void rejectsADuplicateIdAndKeepsTheFirst() {
        CodeSubmission stored = submission(alice, null, T0);
        repository.save(stored).block(TIMEOUT);
        StepVerifier.create(repository.save(stored)).expectError(ConflictException.class).verify(TIMEOUT);
        StepVerifier.create(repository.findByUser(alice, 10)).expectNext(stored).expectComplete().verify(TIMEOUT);
    }

    @Test
    void rejectsAListLimitOutOfRange() {
        StepVerifier.create(repository.findByUser(alice, 0)).expectError(InvalidInputException.class).verify(TIMEOUT);
        StepVerifier.create(repository.findByUser(alice, CodeSubmissionRepository.MAX_LIST_LIMIT + 1))
                .expectError(InvalidInputException.class).verify(TIMEOUT);
    }

    @Test
    void deletesOneSessionsSubmissionsOnlyForItsOwner() {
        UUID session = newSession(alice);
        UUID other = newSession(alice);
        repository.save(submission(alice, session, T0)).block(TIMEOUT);
        repository.save(submission(alice, session, T0.plusSeconds(1))).block(TIMEOUT);
        CodeSubmission kept = repository.save(submission(alice, other, T0.plusSeconds(2))).block(TIMEOUT);
        CodeSubmission outside = repository.save(submission(alice, null, T0.plusSeconds(3))).block(TIMEOUT);

        StepVerifier.create(repository.deleteBySession(bob, session)).expectNext(0L).expectComplete().verify(TIMEOUT);
        StepVerifier.create(repository.deleteBySession(alice, session)).expectNext(2L).expectComplete()
                .verify(TIMEOUT);
        StepVerifier.create(repository.findBySession(alice, session)).expectComplete().verify(TIMEOUT);
        assertThat(repository.findByUser(alice, 10).collectList().block(TIMEOUT)).extracting(CodeSubmission::id)
                .containsExactly(outside.id(), kept.id());
    }

    @Test
    void deletesOnlyTheUsersSubmissions() {
        repository.save(submission(alice, null, T0)).block(TIMEOUT);
        repository.save(submission(alice, null, T0.plusSeconds(1))).block(TIMEOUT);
        CodeSubmission bobs = repository.save(submission(bob, null, T0)).block(TIMEOUT);
        StepVerifier.create(repository.deleteByUser(alice)).expectNext(2L).expectComplete().verify(TIMEOUT);
        StepVerifier.create(repository.findByUser(alice, 10)).expectComplete().verify(TIMEOUT);
        assertThat(repository.findByUser(bob, 10).collectList().block(TIMEOUT)).extracting(CodeSubmission::id)
                .containsExactly(bobs.id());
    }
}
