package dev.maangtracker.app.tracker;

import dev.maangtracker.tracker.fsrs.CardState;
import dev.maangtracker.tracker.review.ItemType;
import dev.maangtracker.tracker.review.ReviewItem;
import java.time.Instant;

/**
 * One item on the caller's FSRS review schedule.
 *
 * @param type       problem, concept, rubric dimension or story
 * @param key        the item's key (problem or concept slug, competency, story)
 * @param state      new, learning, review or relearning
 * @param due        when it should next be reviewed
 * @param lastReview the last review, or {@code null}
 * @param stability  days until recall probability falls to 90%
 * @param difficulty 1 to 10 (0 for a new card)
 * @param reps       reviews so far
 * @param lapses     times it was forgotten after being learnt
 */
public record ReviewView(ItemType type, String key, CardState state, Instant due, Instant lastReview,
                         double stability, double difficulty, int reps, int lapses) {

    /** The view of a stored item. */
    public static ReviewView of(ReviewItem item) {
        return new ReviewView(item.type(), item.key(), item.card().state(), item.card().due(),
                item.card().lastReview(), item.card().stability(), item.card().difficulty(), item.card().reps(),
                item.card().lapses());
    }
}
