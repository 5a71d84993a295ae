package dev.maangtracker.core.analytics;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Seeded generators of answer texts for the property tests: the same seed always gives the same
 * text, so a failing seed reproduces exactly.
 */
final class RandomAnswers {

    /** Words chosen to exercise every rule: fillers and their look-alikes, pronouns, cues, numbers, units, names. */
    private static final String[] WORDS = {
        "I", "we", "you", "they", "it", "he", "she", "my", "our", "us", "me", "I'd", "I’m", "we're", "don't", "didn’t",
        "like", "likes", "liked", "so", "right", "actually", "basically", "literally", "kind", "sort", "of", "kinda",
        "sorta", "know", "mean", "okay", "ok", "alright", "all", "um", "uh", "er", "erm", "hmm", "Um", "uhh",
        "would", "really", "looks", "felt", "something", "more", "languages", "things", "the", "a", "an", "this",
        "that", "is", "was", "were", "had", "have", "to", "and", "but", "because", "then", "far", "much", "said",
        "built", "decided", "wrote", "led", "reduced", "improved", "shipped", "measured", "think", "maybe",
        "probably", "might", "guess", "sure", "not", "result", "task", "goal", "as", "in", "at", "by", "from",
        "cache", "latency", "database", "service", "shard", "index", "queue", "slow", "fast", "really", "very",
        "Kafka", "Redis", "postgres", "Go", "go", "React", "k8s", "node.js", "C++", "Google", "Priya", "March",
        "2021", "Q3", "last", "year", "ago", "years", "40", "3.5", "200ms", "10x", "5k", "p99", "N", "1", "ms",
        "users", "percent", "O", "n", "log", "linear", "constant", "quadratic", "time", "space", "empty", "null",
        "duplicates", "negative", "overflow", "sorted", "None", "vs", "e.g.", "etc", "what", "do", "if"};
    private static final String[] GLUED_PUNCTUATION = {",", ",", ",", ";", ":", "?", "!", ".", "...", "…", "%"};
    private static final String[] SEPARATE_PUNCTUATION = {"—", "-", "(", ")", "\"", "'", "$", "+", "^", "(1)", "(n)"};
    private static final String[] TERMINATORS = {".", ".", "?", "!"};
    private static final String[] WHITESPACE = {" ", "  ", "\t", "\n", "\r\n", " \n\n ", "\u00A0", "\u2003", " \t "};
    /** Safe words for sentences whose boundaries must stay put: no "etc"/"vs" abbreviations. */
    private static final String[] SENTENCE_WORDS = java.util.Arrays.stream(WORDS)
            .filter(w -> !w.equals("etc") && !w.equals("vs") && !w.equals("e.g.")).toArray(String[]::new);

    private RandomAnswers() {
    }

    /** Any text at all: random code points of every kind (letters, digits, marks, symbols, controls, surrogates). */
    static String arbitraryText(Random random) {
        int length = random.nextInt(120);
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < length; i++) {
            switch (random.nextInt(6)) {
                case 0 -> out.appendCodePoint(random.nextInt(0x30000));
                case 1 -> out.append((char) random.nextInt(0x10000));
                case 2 -> out.append(WORDS[random.nextInt(WORDS.length)]);
                case 3 -> out.append(GLUED_PUNCTUATION[random.nextInt(GLUED_PUNCTUATION.length)]);
                case 4 -> out.append(WHITESPACE[random.nextInt(WHITESPACE.length)]);
                default -> out.append((char) (32 + random.nextInt(95)));
            }
        }
        return out.toString();
    }

    /** Tokens of a word salad: words, glued punctuation and free-standing symbols, to be joined by white space. */
    static List<String> wordSaladTokens(Random random, String[] vocabulary, int maxWords) {
        int words = 1 + random.nextInt(maxWords);
        List<String> tokens = new ArrayList<>();
        for (int i = 0; i < words; i++) {
            String word = vocabulary[random.nextInt(vocabulary.length)];
            if (random.nextInt(6) == 0) {
                word += GLUED_PUNCTUATION[random.nextInt(GLUED_PUNCTUATION.length)];
            }
            tokens.add(word);
            if (random.nextInt(12) == 0) {
                tokens.add(SEPARATE_PUNCTUATION[random.nextInt(SEPARATE_PUNCTUATION.length)]);
            }
        }
        return tokens;
    }

    /** A word salad of up to {@code maxWords} words, single-spaced. */
    static String wordSalad(Random random, int maxWords) {
        return String.join(" ", wordSaladTokens(random, WORDS, maxWords));
    }

    /** Between one and eight sentences, each ending in . ? or ! and none ending in an abbreviation. */
    static List<String> sentences(Random random) {
        int count = 1 + random.nextInt(8);
        List<String> sentences = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            List<String> tokens = new ArrayList<>();
            int words = 1 + random.nextInt(14);
            for (int k = 0; k < words; k++) {
                String word = SENTENCE_WORDS[random.nextInt(SENTENCE_WORDS.length)];
                if (k < words - 1 && random.nextInt(6) == 0) {
                    word += random.nextBoolean() ? "," : ";";
                }
                tokens.add(word);
            }
            String sentence = String.join(" ", tokens);
            if (random.nextBoolean()) {
                sentence = Character.toUpperCase(sentence.charAt(0)) + sentence.substring(1);
            }
            sentences.add(sentence + TERMINATORS[random.nextInt(TERMINATORS.length)]);
        }
        return sentences;
    }

    /** The tokens joined by random runs of white space (spaces, tabs, line breaks, no-break spaces), padded too. */
    static String joinWithRandomWhitespace(Random random, List<String> tokens) {
        StringBuilder out = new StringBuilder(whitespace(random, true));
        for (int i = 0; i < tokens.size(); i++) {
            if (i > 0) {
                out.append(whitespace(random, false));
            }
            out.append(tokens.get(i));
        }
        return out.append(whitespace(random, true)).toString();
    }

    static AnswerKind kind(Random random) {
        AnswerKind[] kinds = AnswerKind.values();
        return kinds[random.nextInt(kinds.length)];
    }

    static String[] vocabulary() {
        return WORDS.clone();
    }

    private static String whitespace(Random random, boolean mayBeEmpty) {
        if (mayBeEmpty && random.nextBoolean()) {
            return "";
        }
        StringBuilder run = new StringBuilder();
        int parts = 1 + random.nextInt(3);
        for (int i = 0; i < parts; i++) {
            run.append(WHITESPACE[random.nextInt(WHITESPACE.length)]);
        }
        return run.toString();
    }
}
