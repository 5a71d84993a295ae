package dev.maangtracker.tracker.weakness;

import dev.maangtracker.core.error.InvalidInputException;
import java.util.Objects;

/**
 * A concrete next step against a weakness.
 *
 * @param kind   what to do
 * @param key    a problem or concept slug, or an interview mode name
 * @param title  what to show the user
 * @param reason why it helps
 */
public record Recommendation(RecommendationKind kind, String key, String title, String reason) {

    /** Validates every field; see the component descriptions. */
    public Recommendation {
        Objects.requireNonNull(kind, "kind");
        if (key == null || key.isBlank()) {
            throw InvalidInputException.required("key");
        }
        title = title == null || title.isBlank() ? key : title;
        reason = reason == null ? "" : reason;
    }
}
