package dev.maangtracker.core.analytics;

import dev.maangtracker.core.error.InvalidInputException;
import java.util.List;

/**
 * How concrete an answer is: numbers, measured results, named technologies, names and dates.
 *
 * @param numberCount     numeric tokens that are not years ({@code 3}, {@code 40}, {@code 200ms})
 * @param metrics         distinct numbers with a unit, as written, in order of first mention: {@code 40%}, {@code 200 ms}, {@code $2M}, {@code 10x}, {@code p99}
 * @param technologies    distinct technologies named, canonical spelling, in order of first mention
 * @param properNouns     distinct other names (companies, products, people), in order of first mention
 * @param timeReferences  years, quarters, months and phrases such as {@code last year}, in text order
 * @param score           0–100, saturating: a handful of concrete details already scores high
 */
public record Specificity(int numberCount, List<String> metrics, List<String> technologies, List<String> properNouns,
        List<String> timeReferences, int score) {

    /** Checks the ranges and copies the lists. */
    public Specificity {
        metrics = List.copyOf(metrics);
        technologies = List.copyOf(technologies);
        properNouns = List.copyOf(properNouns);
        timeReferences = List.copyOf(timeReferences);
        if (numberCount < 0 || score < 0 || score > 100) {
            throw InvalidInputException.of("specificity", "bad specificity " + numberCount + " " + score);
        }
    }
}
