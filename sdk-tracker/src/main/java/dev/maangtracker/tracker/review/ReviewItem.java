package dev.maangtracker.tracker.review;

import dev.maangtracker.core.error.InvalidInputException;
import dev.maangtracker.tracker.fsrs.FsrsCard;
import java.util.Objects;
import java.util.UUID;

/**
 * One reviewable item of one user with its FSRS memory state.
 *
 * @param userId the owner
 * @param type   what kind of item
 * @param key    the item's key within its kind, 1 to {@link #MAX_KEY_LENGTH} characters
 * @param card   its memory state and due date
 */
public record ReviewItem(UUID userId, ItemType type, String key, FsrsCard card) {

    /** Longest item key. */
    public static final int MAX_KEY_LENGTH = 300;

    /** Validates every field; see the component descriptions. */
    public ReviewItem {
        Objects.requireNonNull(userId, "userId");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(card, "card");
        if (key == null || key.isBlank()) {
            throw InvalidInputException.required("key");
        }
        if (key.length() > MAX_KEY_LENGTH) {
            throw InvalidInputException.tooLong("key", key.length(), MAX_KEY_LENGTH);
        }
    }

    /** The same item with a new memory state. */
    public ReviewItem withCard(FsrsCard next) {
        return new ReviewItem(userId, type, key, next);
    }
}
