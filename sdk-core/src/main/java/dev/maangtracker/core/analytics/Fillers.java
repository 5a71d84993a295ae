package dev.maangtracker.core.analytics;

import dev.maangtracker.core.error.InvalidInputException;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * The filler words and phrases in an answer ("um", "you know", "like" as a filler, ...). Which uses
 * of an ambiguous word count as fillers is decided by {@link AnswerAnalyzer}'s documented rules.
 *
 * @param count          number of fillers; equals {@code occurrences().size()}
 * @param ratePer100Words fillers per 100 words (0 when the answer has no words)
 * @param countsByFiller how many times each canonical filler occurs, sorted by filler
 * @param occurrences    every filler in text order, with context
 */
public record Fillers(int count, double ratePer100Words, Map<String, Integer> countsByFiller,
        List<FillerOccurrence> occurrences) {

    /** Checks consistency and copies the collections. */
    public Fillers {
        occurrences = List.copyOf(occurrences);
        countsByFiller = Collections.unmodifiableMap(new TreeMap<>(Objects.requireNonNull(countsByFiller, "countsByFiller")));
        if (count != occurrences.size() || ratePer100Words < 0 || Double.isNaN(ratePer100Words)) {
            throw InvalidInputException.of("fillers", "inconsistent fillers: " + count + " vs " + occurrences.size());
        }
    }
}
