package dev.maangtracker.boot.tracker;

import static dev.maangtracker.boot.storage.StorageDatabase.TIMEOUT;
import static org.assertj.core.api.Assertions.assertThat;

import dev.maangtracker.boot.storage.StorageDatabase;
import dev.maangtracker.core.error.InvalidInputException;
import dev.maangtracker.tracker.fsrs.CardState;
import dev.maangtracker.tracker.fsrs.FsrsCard;
import dev.maangtracker.tracker.review.ItemType;
import dev.maangtracker.tracker.review.ReviewItem;
import dev.maangtracker.tracker.review.ReviewItemRepository;
import dev.maangtracker.tracker.review.ReviewItemRepositoryContract;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import reactor.test.StepVerifier;

/** The {@link ReviewItemRepository} contract against the real PostgreSQL, on the Liquibase schema. */
class R2dbcReviewItemRepositoryIT extends ReviewItemRepositoryContract {

    private final StorageDatabase database = StorageDatabase.shared();

    @Override
    protected ReviewItemRepository newRepository() {
        database.createUser(alice);
        database.createUser(bob);
        return new R2dbcReviewItemRepository(database.client());
    }

    private static final Instant T0 = Instant.parse("2026-03-01T09:00:00Z");

    @Test
    void keepsTheLearningStepAndANewCardsUnknownMemory() {
        ReviewItemRepository repository = new R2dbcReviewItemRepository(database.client());
        ReviewItem learning = new ReviewItem(alice, ItemType.CONCEPT, "consistent-hashing",
                new FsrsCard(CardState.LEARNING, 2, 0.4, 6.2, 3, 0, T0, T0.plusSeconds(600)));
        ReviewItem fresh = new ReviewItem(alice, ItemType.PROBLEM, "two-sum", FsrsCard.newCard(T0));
        repository.save(learning).block(TIMEOUT);
        repository.save(fresh).block(TIMEOUT);
        StepVerifier.create(repository.find(alice, ItemType.CONCEPT, "consistent-hashing")).expectNext(learning)
                .expectComplete().verify(TIMEOUT);
        StepVerifier.create(repository.find(alice, ItemType.PROBLEM, "two-sum")).expectNext(fresh).expectComplete()
                .verify(TIMEOUT);
    }

    @Test
    void anItemOfAnUnknownUserIsInvalidInputNamingTheUser() {
        ReviewItemRepository repository = new R2dbcReviewItemRepository(database.client());
        ReviewItem orphan = new ReviewItem(UUID.randomUUID(), ItemType.PROBLEM, "two-sum", FsrsCard.newCard(T0));
        StepVerifier.create(repository.save(orphan))
                .expectErrorSatisfies(e -> assertThat(e)
                        .isInstanceOf(InvalidInputException.class).hasMessageContaining("user_id"))
                .verify(TIMEOUT);
    }
}
