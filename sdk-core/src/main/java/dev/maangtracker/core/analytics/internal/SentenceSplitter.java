package dev.maangtracker.core.analytics.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Splits tokens into sentences at {@code .}, {@code !} and {@code ?}. A full stop after an
 * abbreviation such as {@code vs.} does not end a sentence; after {@code etc.} and after an
 * ellipsis a sentence ends only when the next word is capitalised (or nothing follows). Line breaks
 * are white space like any other, so a sentence never depends on how the text was wrapped.
 */
final class SentenceSplitter {

    /** A full stop after these never ends a sentence. */
    private static final Set<String> NEVER_FINAL = Set.of("vs", "approx", "dr", "mr", "mrs", "prof", "cf", "fig", "eg", "ie");

    /** A full stop after these ends a sentence only before a capitalised word. */
    private static final Set<String> SOMETIMES_FINAL = Set.of("etc", "esp", "incl", "resp");

    private SentenceSplitter() {
    }

    static List<Sentence> split(String text, List<Token> tokens) {
        List<Sentence> sentences = new ArrayList<>();
        int from = 0;
        for (int i = 0; i < tokens.size(); i++) {
            if (tokens.get(i).isTerminator() && endsSentence(tokens, i)) {
                sentences.add(sentence(text, tokens, from, i + 1));
                from = i + 1;
            }
        }
        if (from < tokens.size()) {
            sentences.add(sentence(text, tokens, from, tokens.size()));
        }
        return sentences;
    }

    private static boolean endsSentence(List<Token> tokens, int i) {
        String run = tokens.get(i).text();
        if (run.chars().anyMatch(c -> c != '.' && c != '…')) {
            return true;
        }
        Token nextWord = null;
        for (int k = i + 1; k < tokens.size(); k++) {
            if (tokens.get(k).isWord()) {
                nextWord = tokens.get(k);
                break;
            }
        }
        boolean capitalisedOrEnd = nextWord == null || nextWord.isCapitalized();
        if (run.equals(".")) {
            Token previous = i > 0 ? tokens.get(i - 1) : null;
            if (previous != null && previous.isWord()) {
                if (NEVER_FINAL.contains(previous.norm())) {
                    return false;
                }
                if (SOMETIMES_FINAL.contains(previous.norm())) {
                    return capitalisedOrEnd;
                }
            }
            return true;
        }
        return capitalisedOrEnd;
    }

    private static Sentence sentence(String text, List<Token> tokens, int from, int to) {
        int words = 0;
        for (int i = from; i < to; i++) {
            if (tokens.get(i).isWord()) {
                words++;
            }
        }
        String sentenceText = Tokenizer.collapseWhitespace(text.substring(tokens.get(from).start(), tokens.get(to - 1).end()));
        return new Sentence(from, to, words, sentenceText);
    }
}
