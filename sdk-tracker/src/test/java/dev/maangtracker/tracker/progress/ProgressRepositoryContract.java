package dev.maangtracker.tracker.progress;

import static org.assertj.core.api.Assertions.assertThat;

import dev.maangtracker.core.error.ConflictException;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import reactor.test.StepVerifier;

/** The behaviour every {@link ProgressRepository} shares; the in-memory and the R2DBC one extend this class. */
public abstract class ProgressRepositoryContract {

    private static final Duration TIMEOUT = Duration.ofSeconds(10);
    private static final Instant T0 = Instant.parse("2026-03-01T09:00:00Z");

    private ProgressRepository repository;
    /** Users of each test; stores with foreign keys create them in the factory method. */
    protected final UUID alice = UUID.randomUUID();
    /** A second user whose data must stay invisible to {@link #alice}. */
    protected final UUID bob = UUID.randomUUID();

    /** A fresh repository for each test; users are random so a shared database is fine. */
    protected abstract ProgressRepository newRepository();

    @BeforeEach
    void setUp() {
        repository = newRepository();
    }

    private Attempt attempt(UUID user, String slug, Instant at) {
        return new Attempt(UUID.randomUUID(), user,
                new AttemptInput(slug, AttemptOutcome.SOLVED, 20, 0, "java", at, ZoneOffset.UTC));
    }

    @Test
    void returnsTheUsersAttemptsOldestFirst() {
        Attempt second = attempt(alice, "two-sum", T0.plusSeconds(60));
        Attempt first = attempt(alice, "valid-anagram", T0);
        repository.saveAttempt(second).block(TIMEOUT);
        repository.saveAttempt(first).block(TIMEOUT);
        repository.saveAttempt(attempt(bob, "two-sum", T0)).block(TIMEOUT);
        StepVerifier.create(repository.attempts(alice)).expectNext(first, second).expectComplete().verify(TIMEOUT);
    }

    @Test
    void storesAnAttemptIdOnce() {
        Attempt first = attempt(alice, "two-sum", T0);
        repository.saveAttempt(first).block(TIMEOUT);
        Attempt sameId = new Attempt(first.id(), alice,
                new AttemptInput("valid-anagram", AttemptOutcome.FAILED, 5, 0, "", T0.plusSeconds(5), ZoneOffset.UTC));
        StepVerifier.create(repository.saveAttempt(sameId)).expectError(ConflictException.class).verify(TIMEOUT);
        StepVerifier.create(repository.attempts(alice)).expectNext(first).expectComplete().verify(TIMEOUT);
    }

    @Test
    void replacesNotesPerUserAndSlug() {
        repository.saveNotes(alice, "two-sum", "hash map").block(TIMEOUT);
        repository.saveNotes(alice, "two-sum", "complements in a hash map").block(TIMEOUT);
        assertThat(repository.notes(alice, "two-sum").block(TIMEOUT)).isEqualTo("complements in a hash map");
        StepVerifier.create(repository.notes(bob, "two-sum")).expectComplete().verify(TIMEOUT);
        StepVerifier.create(repository.notes(alice, "3sum")).expectComplete().verify(TIMEOUT);
    }

    @Test
    void deletesOnlyTheUsersAttemptsAndNotes() {
        repository.saveAttempt(attempt(alice, "two-sum", T0)).block(TIMEOUT);
        repository.saveNotes(alice, "two-sum", "hash map").block(TIMEOUT);
        Attempt bobs = attempt(bob, "two-sum", T0);
        repository.saveAttempt(bobs).block(TIMEOUT);
        StepVerifier.create(repository.deleteByUser(alice)).expectNext(2L).expectComplete().verify(TIMEOUT);
        StepVerifier.create(repository.attempts(alice)).expectComplete().verify(TIMEOUT);
        StepVerifier.create(repository.notes(alice, "two-sum")).expectComplete().verify(TIMEOUT);
        StepVerifier.create(repository.attempts(bob)).expectNext(bobs).expectComplete().verify(TIMEOUT);
        StepVerifier.create(repository.deleteByUser(alice)).expectNext(0L).expectComplete().verify(TIMEOUT);
    }
}
