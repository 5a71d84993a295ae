package dev.maangtracker.core.analytics;

import dev.maangtracker.core.analytics.internal.EnglishWords;
import dev.maangtracker.core.analytics.internal.Sentence;
import dev.maangtracker.core.analytics.internal.Token;
import dev.maangtracker.core.analytics.internal.TokenizedText;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Sentence length and repetition. Hesitation sounds are left out of trigrams. The score starts at
 * 100 and loses: {@code 1.5} per word of mean sentence length above 20 (at most 30);
 * {@code 30 * longSentenceShare}; {@code 100 * repeatedTrigramShare} (at most 30); and
 * {@code 40 * (repeatedWordShare - 0.5)} when more than half of content words repeat (at most 10).
 * An answer without words scores 0. Sentences are found by punctuation, so an unpunctuated
 * transcript reads as one long sentence. Stateless after construction and thread-safe.
 */
final class ClarityAnalyzer {

    static final int COMFORTABLE_MEAN_WORDS = 20;

    private final int longSentenceWords;

    ClarityAnalyzer(int longSentenceWords) {
        this.longSentenceWords = longSentenceWords;
    }

    int longSentenceWords() {
        return longSentenceWords;
    }

    Clarity analyze(TokenizedText t) {
        int sentences = 0;
        int longOnes = 0;
        int max = 0;
        for (Sentence sentence : t.sentences()) {
            if (sentence.wordCount() == 0) {
                continue;
            }
            sentences++;
            max = Math.max(max, sentence.wordCount());
            if (sentence.wordCount() > longSentenceWords) {
                longOnes++;
            }
        }
        List<String> words = new ArrayList<>();
        for (Token token : t.tokens()) {
            if (token.isWord() && !EnglishWords.isDisfluency(token.norm())) {
                words.add(token.norm());
            }
        }
        double mean = sentences == 0 ? 0 : (double) t.wordCount() / sentences;
        double longShare = sentences == 0 ? 0 : (double) longOnes / sentences;
        double trigramShare = repeatedTrigramShare(words);
        double wordShare = repeatedContentWordShare(words);
        if (t.wordCount() == 0) {
            return new Clarity(0, 0, 0, 0, 0, 0, 0);
        }
        double penalty = Math.min(30, Math.max(0, (mean - COMFORTABLE_MEAN_WORDS) * 1.5)) + 30 * longShare
                + Math.min(30, 100 * trigramShare) + Math.min(10, Math.max(0, wordShare - 0.5) * 40);
        int score = (int) Math.round(Math.max(0, Math.min(100, 100 - penalty)));
        return new Clarity(sentences, mean, max, longShare, trigramShare, wordShare, score);
    }

    private static double repeatedTrigramShare(List<String> words) {
        int trigrams = words.size() - 2;
        if (trigrams <= 0) {
            return 0;
        }
        Set<String> seen = new HashSet<>();
        int repeats = 0;
        for (int i = 0; i < trigrams; i++) {
            if (!seen.add(words.get(i) + ' ' + words.get(i + 1) + ' ' + words.get(i + 2))) {
                repeats++;
            }
        }
        return (double) repeats / trigrams;
    }

    private static double repeatedContentWordShare(List<String> words) {
        Map<String, Integer> counts = new HashMap<>();
        int content = 0;
        for (String word : words) {
            if (word.length() >= 3 && !EnglishWords.STOP_WORDS.contains(word)) {
                counts.merge(word, 1, Integer::sum);
                content++;
            }
        }
        return content == 0 ? 0 : (double) (content - counts.size()) / content;
    }
}
