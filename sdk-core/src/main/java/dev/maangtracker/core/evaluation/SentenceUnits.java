package dev.maangtracker.core.evaluation;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Splits an answer into sentences, the units quoted as evidence. */
final class SentenceUnits {

    /** Sentences shorter than this many characters are joined to the next (e.g. "Sure." or "2x."). */
    static final int MIN_SENTENCE_CHARS = 12;

    private SentenceUnits() {
    }

    static List<String> of(String text) {
        List<String> sentences = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            current.append(c);
            boolean end = c == '\n'
                    || ((c == '.' || c == '!' || c == '?') && (i + 1 == text.length() || Character.isWhitespace(text.charAt(i + 1)))
                    && !decimalOrAbbreviation(text, i));
            if (end && current.toString().strip().length() >= MIN_SENTENCE_CHARS) {
                sentences.add(current.toString().strip());
                current.setLength(0);
            }
        }
        String rest = current.toString().strip();
        if (!rest.isEmpty()) {
            if (rest.length() < MIN_SENTENCE_CHARS && !sentences.isEmpty()) {
                sentences.set(sentences.size() - 1, sentences.get(sentences.size() - 1) + " " + rest);
            } else {
                sentences.add(rest);
            }
        }
        return sentences;
    }

    /** "e.g." and "i.e." do not end a sentence. */
    private static boolean decimalOrAbbreviation(String text, int dot) {
        int start = Math.max(0, dot - 3);
        String before = text.substring(start, dot + 1).toLowerCase(Locale.ROOT);
        return before.endsWith("e.g.") || before.endsWith("i.e.") || before.endsWith("vs.") || before.endsWith("etc.")
                && dot + 2 < text.length() && Character.isLowerCase(text.charAt(dot + 2));
    }
}
