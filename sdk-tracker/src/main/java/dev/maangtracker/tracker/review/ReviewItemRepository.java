package dev.maangtracker.tracker.review;

import java.time.Instant;
import java.util.UUID;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Stores the review items of every user, one per (user, type, key). Every query is scoped to one user.
 * Implementations: {@link InMemoryReviewItemRepository}; R2DBC in the starter.
 */
public interface ReviewItemRepository {

    /** Inserts or replaces the item with the same user, type and key; emits the stored item. */
    Mono<ReviewItem> save(ReviewItem item);

    /** The user's item of that type and key; empty when it was never reviewed. */
    Mono<ReviewItem> find(UUID userId, ItemType type, String key);

    /** The user's items due at or before the instant, most overdue first. */
    Flux<ReviewItem> findDue(UUID userId, Instant at);

    /** All the user's items, in no particular order. */
    Flux<ReviewItem> findAll(UUID userId);

    /**
     * Removes every one of the user's review items, for account deletion; other users' data is untouched.
     *
     * @return how many rows were removed (0 when the user had none)
     */
    Mono<Long> deleteByUser(UUID userId);
}
