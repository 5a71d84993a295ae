package dev.maangtracker.core.judge;

import java.util.Map;
import java.util.Optional;

/**
 * Whether a judge can run code, and if not, why.
 *
 * @param reason    why the judge as a whole cannot run code; empty when it can
 * @param languages for each language, why it cannot run; languages absent from the map can run
 */
public record JudgeAvailability(Optional<String> reason, Map<Language, String> languages) {

    /** Copies the map. */
    public JudgeAvailability {
        languages = Map.copyOf(languages);
    }

    /** A judge that cannot run anything. */
    public static JudgeAvailability unavailable(String reason) {
        return new JudgeAvailability(Optional.of(reason), Map.of());
    }

    /** Whether the judge runs code at all. */
    public boolean available() {
        return reason.isEmpty();
    }

    /** Why the given language cannot run, empty when it can. */
    public Optional<String> whyNot(Language language) {
        if (reason.isPresent()) {
            return reason;
        }
        return Optional.ofNullable(languages.get(language));
    }
}
