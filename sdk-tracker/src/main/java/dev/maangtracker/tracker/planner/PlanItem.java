package dev.maangtracker.tracker.planner;

import dev.maangtracker.core.error.InvalidInputException;
import dev.maangtracker.tracker.review.ItemType;
import java.util.Objects;

/**
 * One thing to practise.
 *
 * @param kind    why it is planned
 * @param type    what kind of item (problem, concept, rubric dimension, story)
 * @param key     the item's key: problem or concept slug, competency, story name
 * @param title   what to show the user
 * @param minutes estimated minutes, at least 1
 * @param reason  one sentence on why it was chosen
 */
public record PlanItem(PlanItemKind kind, ItemType type, String key, String title, int minutes, String reason) {

    /** Validates every field; see the component descriptions. */
    public PlanItem {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(type, "type");
        if (key == null || key.isBlank()) {
            throw InvalidInputException.required("key");
        }
        if (minutes < 1) {
            throw InvalidInputException.of("minutes", "must be at least 1");
        }
        title = title == null || title.isBlank() ? key : title;
        reason = reason == null ? "" : reason;
    }
}
