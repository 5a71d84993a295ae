package dev.maangtracker.tracker.progress;

import static org.assertj.core.api.Assertions.assertThat;

import dev.maangtracker.core.error.ConflictException;
import dev.maangtracker.core.error.InvalidInputException;
import dev.maangtracker.core.error.NotFoundException;
import dev.maangtracker.core.question.Difficulty;
import dev.maangtracker.tracker.activity.ActivityType;
import dev.maangtracker.tracker.activity.InMemoryActivityLog;
import dev.maangtracker.tracker.roadmap.RoadmapCatalog;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import reactor.test.StepVerifier;

class ProgressTrackerTest {

    private static final Instant NOW = Instant.parse("2026-03-10T18:00:00Z");
    private static final ZoneId ZONE = ZoneId.of("Europe/Berlin");
    private static final Duration TIMEOUT = Duration.ofSeconds(5);

    private final UUID user = UUID.randomUUID();
    private final InMemoryProgressRepository repository = new InMemoryProgressRepository();
    private final InMemoryActivityLog log = new InMemoryActivityLog();
    private final ProgressTracker tracker = new ProgressTracker(RoadmapCatalog.loadDefault(), repository, log,
            Clock.fixed(NOW, ZoneOffset.UTC));

    private AttemptInput attempt(String slug, AttemptOutcome outcome, int minutes, int hints, Instant at) {
        return new AttemptInput(slug, outcome, minutes, hints, "java", at, ZONE);
    }

    @Test
    void derivesStatusFromAttempts() {
        tracker.recordAttempt(user, attempt("two-sum", AttemptOutcome.FAILED, 30, 1, NOW.minusSeconds(4000))).block(TIMEOUT);
        assertThat(tracker.progress(user, "two-sum").block(TIMEOUT).status()).isEqualTo(ProblemStatus.ATTEMPTED);
        tracker.recordAttempt(user, attempt("two-sum", AttemptOutcome.SOLVED, 20, 0, NOW.minusSeconds(3000))).block(TIMEOUT);
        assertThat(tracker.progress(user, "two-sum").block(TIMEOUT).status()).isEqualTo(ProblemStatus.SOLVED);
        tracker.recordAttempt(user, attempt("two-sum", AttemptOutcome.SOLVED, 10, 0, NOW.minusSeconds(2000))).block(TIMEOUT);
        ItemProgress progress = tracker.progress(user, "two-sum").block(TIMEOUT);
        assertThat(progress.status()).isEqualTo(ProblemStatus.MASTERED);
        assertThat(progress.attempts()).isEqualTo(3);
        assertThat(progress.solved()).isEqualTo(2);
        assertThat(tracker.progress(user, "valid-anagram").block(TIMEOUT).status()).isEqualTo(ProblemStatus.TODO);
    }

    @Test
    void keepsMasteryWhenALaterAttemptFails() {
        tracker.recordAttempt(user, attempt("two-sum", AttemptOutcome.SOLVED, 20, 0, NOW.minusSeconds(3000))).block(TIMEOUT);
        tracker.recordAttempt(user, attempt("two-sum", AttemptOutcome.SOLVED, 15, 0, NOW.minusSeconds(2000))).block(TIMEOUT);
        tracker.recordAttempt(user, attempt("two-sum", AttemptOutcome.FAILED, 40, 2, NOW.minusSeconds(1000))).block(TIMEOUT);
        assertThat(tracker.progress(user, "two-sum").block(TIMEOUT).status()).isEqualTo(ProblemStatus.MASTERED);
        tracker.recordAttempt(user, attempt("valid-anagram", AttemptOutcome.SOLVED, 20, 1, NOW.minusSeconds(900)))
                .block(TIMEOUT);
        tracker.recordAttempt(user, attempt("valid-anagram", AttemptOutcome.FAILED, 20, 0, NOW.minusSeconds(800)))
                .block(TIMEOUT);
        assertThat(tracker.progress(user, "valid-anagram").block(TIMEOUT).status()).isEqualTo(ProblemStatus.SOLVED);
    }

    @Test
    void recordsAnAttemptIdOnce() {
        UUID id = UUID.randomUUID();
        Attempt first = tracker.recordAttempt(user, id, attempt("two-sum", AttemptOutcome.SOLVED, 20, 0, NOW))
                .block(TIMEOUT);
        assertThat(first.id()).isEqualTo(id);
        StepVerifier.create(tracker.recordAttempt(user, id, attempt("two-sum", AttemptOutcome.SOLVED, 20, 0, NOW)))
                .expectError(ConflictException.class).verify(TIMEOUT);
        StepVerifier.create(tracker.recordConceptStudy(user, id, attempt("caching", AttemptOutcome.SOLVED, 20, 0, NOW)))
                .expectError(ConflictException.class).verify(TIMEOUT);
        assertThat(tracker.attempts(user).block(TIMEOUT)).containsExactly(first);
        assertThat(log.findByUser(user).collectList().block(TIMEOUT)).as("one activity").hasSize(1);
    }

    @Test
    void logsEveryActionAppendOnly() {
        tracker.recordAttempt(user, attempt("two-sum", AttemptOutcome.SOLVED, 20, 0, NOW.minusSeconds(60))).block(TIMEOUT);
        tracker.setNotes(user, "two-sum", "use a map of complements", ZONE).block(TIMEOUT);
        tracker.recordConceptStudy(user, attempt("sharding", AttemptOutcome.PARTIAL, 40, 0, NOW.minusSeconds(30)))
                .block(TIMEOUT);
        assertThat(log.findByUser(user).map(e -> e.type()).collectList().block(TIMEOUT))
                .containsExactly(ActivityType.PROBLEM_ATTEMPT, ActivityType.CONCEPT_STUDY, ActivityType.NOTE);
        assertThat(tracker.progress(user, "two-sum").block(TIMEOUT).notes()).isEqualTo("use a map of complements");
    }

    @Test
    void reportsTopicOverallDifficultyAndSystemDesignProgress() {
        tracker.recordAttempt(user, attempt("two-sum", AttemptOutcome.SOLVED, 20, 0, NOW.minusSeconds(500))).block(TIMEOUT);
        tracker.recordAttempt(user, attempt("group-anagrams", AttemptOutcome.FAILED, 40, 2, NOW.minusSeconds(400)))
                .block(TIMEOUT);
        tracker.recordAttempt(user, attempt("group-anagrams", AttemptOutcome.SOLVED, 30, 0, NOW.minusSeconds(300)))
                .block(TIMEOUT);
        tracker.recordConceptStudy(user, attempt("caching", AttemptOutcome.SOLVED, 45, 0, NOW.minusSeconds(200)))
                .block(TIMEOUT);
        ProgressReport report = tracker.report(user).block(TIMEOUT);
        assertThat(report.byTopic().get("arrays-hashing")).isGreaterThan(0);
        assertThat(report.byTopic().get("graphs")).isZero();
        assertThat(report.byTopic().get("sd-caching")).isGreaterThan(0);
        assertThat(report.systemDesign()).isGreaterThan(0);
        assertThat(report.overall()).isBetween(1, 100);
        assertThat(report.solved()).isEqualTo(2);
        DifficultyStats medium = report.byDifficulty().get(Difficulty.MEDIUM);
        assertThat(medium.attempts()).isEqualTo(2);
        assertThat(medium.solveRate()).isEqualTo(0.5);
        assertThat(medium.averageMinutes()).isEqualTo(35.0);
        assertThat(medium.averageMinutesToSolve()).isEqualTo(30.0);
        assertThat(report.byDifficulty().get(Difficulty.HARD).solveRate()).isZero();
    }

    @Test
    void rejectsUnknownProblemAndRecordsNothing() {
        StepVerifier.create(tracker.recordAttempt(user, attempt("no-such-problem", AttemptOutcome.SOLVED, 5, 0, NOW)))
                .expectError(NotFoundException.class).verify(TIMEOUT);
        StepVerifier.create(tracker.recordConceptStudy(user, attempt("two-sum", AttemptOutcome.SOLVED, 5, 0, NOW)))
                .expectError(NotFoundException.class).verify(TIMEOUT);
        assertNothingRecorded();
    }

    @Test
    void rejectsAttemptInTheFutureAndRecordsNothing() {
        StepVerifier.create(tracker.recordAttempt(user, attempt("two-sum", AttemptOutcome.SOLVED, 5, 0,
                        NOW.plusSeconds(1))))
                .expectErrorSatisfies(e -> assertThat(e).isInstanceOf(InvalidInputException.class)
                        .hasMessageContaining("attemptedAt"))
                .verify(TIMEOUT);
        assertNothingRecorded();
    }

    @Test
    void rejectsNegativeTimeAndTooManyHints() {
        org.assertj.core.api.Assertions.assertThatThrownBy(
                () -> attempt("two-sum", AttemptOutcome.SOLVED, -1, 0, NOW))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("minutes");
        org.assertj.core.api.Assertions.assertThatThrownBy(
                () -> attempt("two-sum", AttemptOutcome.SOLVED, 1, 99, NOW))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("hintsUsed");
        assertNothingRecorded();
    }

    @Test
    void rejectsOverlongNotesAndUnknownProblem() {
        StepVerifier.create(tracker.setNotes(user, "two-sum", "x".repeat(ProgressTracker.MAX_NOTES + 1), ZONE))
                .expectError(InvalidInputException.class).verify(TIMEOUT);
        StepVerifier.create(tracker.setNotes(user, "nope", "x", ZONE))
                .expectError(NotFoundException.class).verify(TIMEOUT);
        StepVerifier.create(tracker.progress(user, "nope")).expectError(NotFoundException.class).verify(TIMEOUT);
        assertNothingRecorded();
    }

    @Test
    void keepsUsersApart() {
        tracker.recordAttempt(user, attempt("two-sum", AttemptOutcome.SOLVED, 20, 0, NOW)).block(TIMEOUT);
        UUID other = UUID.randomUUID();
        assertThat(tracker.attempts(other).block(TIMEOUT)).isEmpty();
        assertThat(tracker.report(other).block(TIMEOUT).overall()).isZero();
    }

    private void assertNothingRecorded() {
        assertThat(repository.attempts(user).collectList().block(TIMEOUT)).isEmpty();
        assertThat(log.findByUser(user).collectList().block(TIMEOUT)).isEmpty();
        assertThat(repository.notes(user, "two-sum").block(TIMEOUT)).isNull();
    }
}
