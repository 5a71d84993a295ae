package dev.maangtracker.core.analytics;

import dev.maangtracker.core.error.InvalidInputException;
import java.util.List;

/**
 * Hedging against decisive language.
 *
 * @param hedges             every hedge in text order ({@code "i think"}, {@code "maybe"}, {@code "kind of"}, ...)
 * @param decisivePhrases    every decisive phrase in text order ({@code "i decided"}, {@code "because"}, {@code "measured"}, ...)
 * @param hedgesPer100Words  hedges per 100 words (0 when there are no words)
 * @param score              0–100; 70 for neutral text, lower with hedging, higher with decisive language
 */
public record Confidence(List<String> hedges, List<String> decisivePhrases, double hedgesPer100Words, int score) {

    /** Checks the ranges and copies the lists. */
    public Confidence {
        hedges = List.copyOf(hedges);
        decisivePhrases = List.copyOf(decisivePhrases);
        if (!(hedgesPer100Words >= 0) || score < 0 || score > 100) {
            throw InvalidInputException.of("confidence", "bad confidence " + hedgesPer100Words + " " + score);
        }
    }

    /** Number of hedges. */
    public int hedgeCount() {
        return hedges.size();
    }

    /** Number of decisive phrases. */
    public int decisiveCount() {
        return decisivePhrases.size();
    }
}
