package dev.maangtracker.core.analytics;

import dev.maangtracker.core.error.InvalidInputException;
import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Which STAR parts a behavioural story contains, each with the sentence that shows it best.
 *
 * @param present  the parts found
 * @param coverage share of the four parts found, 0–1
 * @param evidence for each part found, the sentence that evidences it (white space collapsed)
 */
public record StarStructure(Set<StarComponent> present, double coverage, Map<StarComponent, String> evidence) {

    /** Checks consistency and copies the collections. */
    public StarStructure {
        present = present.isEmpty() ? Collections.unmodifiableSet(EnumSet.noneOf(StarComponent.class))
                : Collections.unmodifiableSet(EnumSet.copyOf(present));
        evidence = evidence.isEmpty() ? Collections.unmodifiableMap(new EnumMap<>(StarComponent.class))
                : Collections.unmodifiableMap(new EnumMap<>(evidence));
        evidence.values().forEach(sentence -> Objects.requireNonNull(sentence, "evidence"));
        if (!evidence.keySet().equals(present) || coverage != present.size() / 4.0) {
            throw InvalidInputException.of("star", "inconsistent STAR structure " + present + " " + coverage);
        }
    }

    /** The parts not found, in STAR order. */
    public Set<StarComponent> missing() {
        return Collections.unmodifiableSet(EnumSet.complementOf(present.isEmpty()
                ? EnumSet.noneOf(StarComponent.class) : EnumSet.copyOf(present)));
    }
}
