package dev.maangtracker.tracker.review;

import static org.assertj.core.api.Assertions.assertThat;

import dev.maangtracker.tracker.fsrs.CardState;
import dev.maangtracker.tracker.fsrs.FsrsCard;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import reactor.test.StepVerifier;

/** The behaviour every {@link ReviewItemRepository} shares; the in-memory and the R2DBC one extend this class. */
public abstract class ReviewItemRepositoryContract {

    private static final Duration TIMEOUT = Duration.ofSeconds(10);
    private static final Instant T0 = Instant.parse("2026-03-01T09:00:00Z");

    private ReviewItemRepository repository;
    /** Users of each test; stores with foreign keys create them in the factory method. */
    protected final UUID alice = UUID.randomUUID();
    /** A second user whose data must stay invisible to {@link #alice}. */
    protected final UUID bob = UUID.randomUUID();

    /** A fresh repository for each test; users are random so a shared database is fine. */
    protected abstract ReviewItemRepository newRepository();

    @BeforeEach
    void setUp() {
        repository = newRepository();
    }

    private static ReviewItem item(UUID user, ItemType type, String key, Instant due) {
        return new ReviewItem(user, type, key, new FsrsCard(CardState.REVIEW, 0, 3.5, 5.0, 2, 0, T0, due));
    }

    @Test
    void savesAndFindsByUserTypeAndKey() {
        ReviewItem item = item(alice, ItemType.PROBLEM, "two-sum", T0.plus(Duration.ofDays(3)));
        StepVerifier.create(repository.save(item)).expectNext(item).verifyComplete();
        StepVerifier.create(repository.find(alice, ItemType.PROBLEM, "two-sum")).expectNext(item).verifyComplete();
        StepVerifier.create(repository.find(alice, ItemType.CONCEPT, "two-sum")).verifyComplete();
        StepVerifier.create(repository.find(bob, ItemType.PROBLEM, "two-sum")).verifyComplete();
    }

    @Test
    void replacesTheItemWithTheSameKey() {
        repository.save(item(alice, ItemType.STORY, "migration", T0.plus(Duration.ofDays(1)))).block(TIMEOUT);
        ReviewItem later = item(alice, ItemType.STORY, "migration", T0.plus(Duration.ofDays(9)));
        repository.save(later).block(TIMEOUT);
        assertThat(repository.findAll(alice).collectList().block(TIMEOUT)).containsExactly(later);
    }

    @Test
    void findsDueItemsMostOverdueFirstAndOnlyTheUsers() {
        repository.save(item(alice, ItemType.CONCEPT, "graphs", T0.plus(Duration.ofDays(2)))).block(TIMEOUT);
        repository.save(item(alice, ItemType.PROBLEM, "two-sum", T0.plus(Duration.ofDays(1)))).block(TIMEOUT);
        repository.save(item(alice, ItemType.RUBRIC_DIMENSION, "trade-offs", T0.plus(Duration.ofDays(5))))
                .block(TIMEOUT);
        repository.save(item(bob, ItemType.PROBLEM, "two-sum", T0)).block(TIMEOUT);
        StepVerifier.create(repository.findDue(alice, T0.plus(Duration.ofDays(2))).map(ReviewItem::key))
                .expectNext("two-sum", "graphs").expectComplete().verify(TIMEOUT);
        StepVerifier.create(repository.findDue(alice, T0)).expectComplete().verify(TIMEOUT);
    }

    @Test
    void deletesOnlyTheUsersItems() {
        repository.save(item(alice, ItemType.PROBLEM, "two-sum", T0)).block(TIMEOUT);
        repository.save(item(alice, ItemType.CONCEPT, "graphs", T0)).block(TIMEOUT);
        ReviewItem bobs = item(bob, ItemType.PROBLEM, "two-sum", T0);
        repository.save(bobs).block(TIMEOUT);
        StepVerifier.create(repository.deleteByUser(alice)).expectNext(2L).expectComplete().verify(TIMEOUT);
        StepVerifier.create(repository.findAll(alice)).expectComplete().verify(TIMEOUT);
        StepVerifier.create(repository.findAll(bob)).expectNext(bobs).expectComplete().verify(TIMEOUT);
    }
}
