package dev.maangtracker.core.analytics;

import dev.maangtracker.core.analytics.internal.PhraseMatcher;
import dev.maangtracker.core.analytics.internal.Token;
import dev.maangtracker.core.analytics.internal.TokenizedText;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * Finds mentions of edge cases by cue words and phrases, e.g. "empty", "null", "single element",
 * "duplicates", "negative", "overflow", "large input", "already sorted", "cycle", "off-by-one",
 * "invalid input", "unicode". "None" counts as a null only when capitalised (Python), not in "none
 * of them". Stateless and thread-safe.
 */
final class EdgeCaseDetector {

    private static final PhraseMatcher<EdgeCase> CUES = PhraseMatcher.of(cues());

    private EdgeCaseDetector() {
    }

    static Set<EdgeCase> detect(TokenizedText t) {
        Set<EdgeCase> found = EnumSet.noneOf(EdgeCase.class);
        for (PhraseMatcher.Match<EdgeCase> match : CUES.findAll(t)) {
            found.add(match.value());
        }
        for (Token token : t.tokens()) {
            if (token.isWord() && token.text().equals("None")) {
                found.add(EdgeCase.NULL_INPUT);
            }
        }
        return found;
    }

    private static Map<String, EdgeCase> cues() {
        Map<String, EdgeCase> cues = new LinkedHashMap<>();
        add(cues, EdgeCase.EMPTY_INPUT, "empty", "zero-length", "no elements", "length 0", "length zero", "size 0",
                "size zero", "blank", "no input", "nothing in it");
        add(cues, EdgeCase.NULL_INPUT, "null", "nil", "nullptr", "undefined", "npe", "null pointer", "nulls");
        add(cues, EdgeCase.SINGLE_ELEMENT, "single element", "one element", "single node", "one node",
                "single character", "one character", "single item", "one item", "only one element", "length 1",
                "length one", "size 1", "size one", "singleton", "single-element", "single digit", "one digit");
        add(cues, EdgeCase.DUPLICATES, "duplicate", "duplicates", "duplicated", "repeated values", "repeated elements",
                "repeated numbers", "repeated characters", "same value", "same values", "dupes");
        add(cues, EdgeCase.NEGATIVE_NUMBERS, "negative", "negatives", "negative numbers", "negative values");
        add(cues, EdgeCase.ZERO_VALUES, "zeros", "zeroes", "by zero", "zero values", "a zero", "contains zero");
        add(cues, EdgeCase.OVERFLOW, "overflow", "overflows", "underflow", "integer.max_value", "max_value",
                "int_max", "integer overflow", "max int", "long instead of int", "32-bit", "64-bit");
        add(cues, EdgeCase.LARGE_INPUT, "large input", "large inputs", "huge input", "huge inputs", "big input",
                "big inputs", "large n", "large array", "large arrays", "very large", "millions of", "billions of",
                "at scale", "large numbers", "large values", "massive input", "stack depth", "stack overflow");
        add(cues, EdgeCase.SORTED_INPUT, "already sorted", "not sorted", "unsorted", "reverse sorted",
                "reverse-sorted", "reverse order", "sorted input", "sorted array", "is sorted", "descending order",
                "nearly sorted", "sortedness");
        add(cues, EdgeCase.CYCLES, "cycle", "cycles", "cyclic", "loops back", "self-loop", "self-loops");
        add(cues, EdgeCase.BOUNDARIES, "off-by-one", "off by one", "out of bounds", "out-of-bounds", "boundary",
                "boundaries", "index out", "first and last", "edge of the array", "bounds check", "upper bound",
                "lower bound");
        add(cues, EdgeCase.INVALID_INPUT, "invalid input", "invalid inputs", "malformed", "bad input", "invalid",
                "illegal argument");
        add(cues, EdgeCase.SPECIAL_CHARACTERS, "special characters", "unicode", "whitespace", "white space",
                "case-sensitive", "case-insensitive", "case sensitivity", "uppercase", "lowercase", "punctuation",
                "non-ascii", "emoji");
        return cues;
    }

    private static void add(Map<String, EdgeCase> cues, EdgeCase edgeCase, String... phrases) {
        for (String phrase : phrases) {
            cues.put(phrase, edgeCase);
        }
    }
}
