package dev.maangtracker.core.analytics;

import dev.maangtracker.core.error.InvalidInputException;

/**
 * Sentence structure and repetition.
 *
 * @param sentenceCount          sentences that contain at least one word
 * @param meanSentenceWords      mean words per sentence (0 without sentences)
 * @param maxSentenceWords       words in the longest sentence
 * @param longSentenceShare      share of sentences longer than the settings' long-sentence limit (35 words by default)
 * @param repeatedTrigramShare   share of word trigrams that repeat an earlier trigram, 0–1
 * @param repeatedWordShare      share of content-word occurrences that repeat an earlier one, 0–1
 * @param score                  0–100
 */
public record Clarity(int sentenceCount, double meanSentenceWords, int maxSentenceWords, double longSentenceShare,
        double repeatedTrigramShare, double repeatedWordShare, int score) {

    /** Checks the ranges. */
    public Clarity {
        if (sentenceCount < 0 || maxSentenceWords < 0 || !(meanSentenceWords >= 0) || !isShare(longSentenceShare)
                || !isShare(repeatedTrigramShare) || !isShare(repeatedWordShare) || score < 0 || score > 100) {
            throw InvalidInputException.of("clarity", "bad clarity values");
        }
    }

    private static boolean isShare(double value) {
        return value >= 0 && value <= 1;
    }
}
