package dev.maangtracker.core.evaluation;

import dev.maangtracker.core.analytics.internal.EnglishWords;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How concrete a sentence is, 0 to 1: whether it carries the details that make an answer
 * believable — a number, a name, a quotation, or the candidate saying what they did ("I wrote", "I
 * called"). Rubric coverage is weighted by it, so a sentence that only echoes the rubric's abstract
 * words ("I always put the customer first") earns less than one that shows the point happening.
 */
final class Concreteness {

    /** Signals that make a sentence fully concrete. */
    static final int FULL = 2;

    private static final Pattern DIGIT = Pattern.compile("\\d");
    private static final Pattern WORD = Pattern.compile("[a-z]+");
    private static final Pattern QUOTE = Pattern.compile("[\"\u201c\u201d]");
    private static final Pattern CAPITALISED = Pattern.compile("(?<=\\s)[A-Z][A-Za-z0-9]+");
    private static final Pattern I_DID = Pattern.compile("\\bI\\s+(?:\\w+ly\\s+)?(\\w+)");
    private static final Set<String> NOT_NAMES = Set.of("I", "I'm", "I've", "I'd", "I'll");

    private Concreteness() {
    }

    static double of(String sentence) {
        int signals = 0;
        String lower = sentence.toLowerCase(Locale.ROOT);
        if (DIGIT.matcher(lower).find() || hasSpelledNumber(lower)) {
            signals++;
        }
        if (QUOTE.matcher(sentence).find()) {
            signals++;
        }
        Matcher names = CAPITALISED.matcher(sentence);
        while (names.find()) {
            if (!NOT_NAMES.contains(names.group())) {
                signals++;
                break;
            }
        }
        Matcher did = I_DID.matcher(sentence);
        while (did.find()) {
            String verb = did.group(1).toLowerCase(Locale.ROOT);
            if (EnglishWords.isPastTense(verb)) {
                signals++;
                break;
            }
        }
        return Math.min(1.0, (double) signals / FULL);
    }

    private static boolean hasSpelledNumber(String lower) {
        Matcher words = WORD.matcher(lower);
        while (words.find()) {
            if (EnglishWords.SPELLED_NUMBERS.contains(words.group())) {
                return true;
            }
        }
        return false;
    }
}
