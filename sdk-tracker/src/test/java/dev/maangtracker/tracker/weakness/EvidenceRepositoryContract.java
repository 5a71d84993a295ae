package dev.maangtracker.tracker.weakness;

import dev.maangtracker.core.question.InterviewMode;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import reactor.test.StepVerifier;

/** The behaviour every {@link EvidenceRepository} shares; the in-memory and the R2DBC one extend this class. */
public abstract class EvidenceRepositoryContract {

    private static final Duration TIMEOUT = Duration.ofSeconds(10);
    private static final Instant T0 = Instant.parse("2026-03-01T09:00:00Z");

    private EvidenceRepository repository;
    /** Users of each test; stores with foreign keys create them in the factory method. */
    protected final UUID alice = UUID.randomUUID();
    /** A second user whose data must stay invisible to {@link #alice}. */
    protected final UUID bob = UUID.randomUUID();

    /** A fresh repository for each test; users are random so a shared database is fine. */
    protected abstract EvidenceRepository newRepository();

    @BeforeEach
    void setUp() {
        repository = newRepository();
    }

    private static Evidence evidence(String topic, Instant at) {
        return new Evidence(topic, InterviewMode.CODING, EvidenceSource.PROBLEM_ATTEMPT, "attempt 1", 40, at, "");
    }

    @Test
    void appendsAndReturnsTheUsersEvidenceOldestFirst() {
        Evidence late = evidence("graphs", T0.plusSeconds(60));
        Evidence early = evidence("dp-1d", T0);
        StepVerifier.create(repository.append(alice, List.of(late, early))).expectNext(2).verifyComplete();
        repository.append(bob, List.of(evidence("trees", T0))).block(TIMEOUT);
        StepVerifier.create(repository.findByUser(alice)).expectNext(early, late).expectComplete().verify(TIMEOUT);
    }

    @Test
    void appendingNothingStoresNothing() {
        StepVerifier.create(repository.append(alice, List.of())).expectNext(0).verifyComplete();
        StepVerifier.create(repository.findByUser(alice)).expectComplete().verify(TIMEOUT);
    }

    @Test
    void deletesOnlyTheUsersEvidence() {
        repository.append(alice, List.of(evidence("graphs", T0), evidence("trees", T0))).block(TIMEOUT);
        Evidence bobs = evidence("graphs", T0);
        repository.append(bob, List.of(bobs)).block(TIMEOUT);
        StepVerifier.create(repository.deleteByUser(alice)).expectNext(2L).expectComplete().verify(TIMEOUT);
        StepVerifier.create(repository.findByUser(alice)).expectComplete().verify(TIMEOUT);
        StepVerifier.create(repository.findByUser(bob)).expectNext(bobs).expectComplete().verify(TIMEOUT);
    }
}
